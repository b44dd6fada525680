import { qrPath } from './qr-path.js';

/**
 * A value as a QR code drawn as one SVG path of whole modules, so it stays sharp at any size and
 * scans from a phone: a case number on the kiosk, a one-time enrollment token in the console.
 */
export function QrCode({ value, label, className, testId, size = 240 }: { value: string; label: string; className: string; testId?: string; size?: number }) {
  const { path, modules } = qrPath(value);
  const quiet = 4;
  const span = modules + 2 * quiet;
  return (
    <svg
      className={className}
      data-testid={testId}
      viewBox={`${-quiet} ${-quiet} ${span} ${span}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      role="img"
      aria-label={label}
    >
      <rect x={-quiet} y={-quiet} width={span} height={span} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
