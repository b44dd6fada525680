import QRCode from 'qrcode';

/**
 * The case number as a QR code on screen, for when no receipt came out: the citizen photographs
 * or scans it, and any terminal or clerk finds the case from it. Drawn as one SVG path of whole
 * modules, so it stays sharp at any size and scans from a phone.
 */
export function CaseQr({ value, testId }: { value: string; testId?: string }) {
  const modules = QRCode.create(value, { errorCorrectionLevel: 'M' }).modules;
  let path = '';
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) path += `M${x} ${y}h1v1h-1z`;
  }
  const quiet = 4;
  const span = modules.size + 2 * quiet;
  return (
    <svg
      className="case-qr"
      data-testid={testId}
      viewBox={`${-quiet} ${-quiet} ${span} ${span}`}
      width={240}
      height={240}
      shapeRendering="crispEdges"
      role="img"
      aria-label="办件编号二维码"
    >
      <rect x={-quiet} y={-quiet} width={span} height={span} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
