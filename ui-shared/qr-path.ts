import QRCode from 'qrcode';

/** The dark modules of `value`'s QR code as one SVG path; a test reads back what a code holds by it. */
export function qrPath(value: string): { path: string; modules: number } {
  const modules = QRCode.create(value, { errorCorrectionLevel: 'M' }).modules;
  let path = '';
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) path += `M${x} ${y}h1v1h-1z`;
  }
  return { path, modules: modules.size };
}
