/**
 * Structural similarity (Wang et al. 2004) of two grey pictures of the same size: the mean over
 * 8×8 windows (stride 4) of luminance, contrast and structure agreement. 1 is the same picture;
 * text whose strokes smear or ring falls well below. For tests: OCR-free "is it still readable".
 */
export function ssim(a: Uint8Array, b: Uint8Array, width: number, height: number): number {
  if (a.length !== width * height || b.length !== a.length) throw new RangeError('the pictures differ in size');
  const [c1, c2] = [(0.01 * 255) ** 2, (0.03 * 255) ** 2];
  const window = 8;
  let [sum, count] = [0, 0];
  for (let y0 = 0; y0 + window <= height; y0 += 4) {
    for (let x0 = 0; x0 + window <= width; x0 += 4) {
      let [sa, sb, saa, sbb, sab] = [0, 0, 0, 0, 0];
      for (let y = y0; y < y0 + window; y += 1) {
        for (let x = x0; x < x0 + window; x += 1) {
          const [p, q] = [a[y * width + x] ?? 0, b[y * width + x] ?? 0];
          [sa, sb, saa, sbb, sab] = [sa + p, sb + q, saa + p * p, sbb + q * q, sab + p * q];
        }
      }
      const n = window * window;
      const [ma, mb] = [sa / n, sb / n];
      const [va, vb, cov] = [saa / n - ma * ma, sbb / n - mb * mb, sab / n - ma * mb];
      sum += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
      count += 1;
    }
  }
  return sum / count;
}
