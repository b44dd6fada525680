import { base64Bytes, dataUrlBase64 } from '../data-url.js';

/**
 * A page as JPEG no larger than `maxBytes`: the best quality that fits, then, only if even the
 * lowest does not, a smaller picture. Small print stays readable at these qualities (the test
 * renders 8 pt text and checks SSIM); the size bound keeps a case's upload short on a slow line.
 */
export function compressPage(canvas: HTMLCanvasElement, maxBytes: number): string {
  const qualities = [0.85, 0.75, 0.65, 0.55];
  let source = canvas;
  for (;;) {
    for (const quality of qualities) {
      const base64 = dataUrlBase64(source.toDataURL('image/jpeg', quality));
      if (base64Bytes(base64) <= maxBytes) return base64;
    }
    const smaller = document.createElement('canvas');
    [smaller.width, smaller.height] = [Math.round(source.width * 0.8), Math.round(source.height * 0.8)];
    const context = smaller.getContext('2d');
    if (!context || smaller.width < 16) throw new Error('the page cannot be made small enough');
    context.drawImage(source, 0, 0, smaller.width, smaller.height);
    source = smaller;
  }
}
