/**
 * The plane-to-plane maps that straighten a photographed page: a homography from the upright page
 * to where the camera saw it, and the affine map of one small triangle, which a 2D canvas can draw.
 */

export type Point = { x: number; y: number };
/** Corners in order: top-left, top-right, bottom-right, bottom-left. */
export type Quad = readonly [Point, Point, Point, Point];
/** Row-major 3×3 with h[8] = 1. */
export type Homography = readonly number[];
/** A canvas transform (a, b, c, d, e, f): x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Affine = readonly [number, number, number, number, number, number];

/** Solves A·x = b by Gaussian elimination with partial pivoting; null when A is singular. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const rows = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(rows[r]?.[col] ?? 0) > Math.abs(rows[pivot]?.[col] ?? 0)) pivot = r;
    const top = rows[pivot];
    if (!top || Math.abs(top[col] ?? 0) < 1e-12) return null;
    [rows[col], rows[pivot]] = [top, rows[col] ?? top];
    for (let r = 0; r < n; r += 1) {
      const row = rows[r];
      if (r === col || !row) continue;
      const factor = (row[col] ?? 0) / (top[col] ?? 1);
      for (let c = col; c <= n; c += 1) row[c] = (row[c] ?? 0) - factor * (top[c] ?? 0);
    }
  }
  return rows.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

/** The homography taking each corner of `from` to the same corner of `to`. */
export function homography(from: Quad, to: Quad): Homography | null {
  const a: number[][] = [];
  const b: number[] = [];
  from.forEach(({ x, y }, i) => {
    const { x: u, y: v } = to[i] ?? { x: 0, y: 0 };
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  });
  const h = solve(a, b);
  return h && [...h, 1];
}

export function project(h: Homography, { x, y }: Point): Point {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, k = 0] = h;
  const w = g * x + k * y + 1;
  return { x: (a * x + b * y + c) / w, y: (d * x + e * y + f) / w };
}

/** The affine map taking triangle `from` onto triangle `to`, as a canvas transform. */
export function affine(from: readonly [Point, Point, Point], to: readonly [Point, Point, Point]): Affine | null {
  const rows = from.map(({ x, y }) => [x, y, 1]);
  const xs = solve(rows, to.map((p) => p.x));
  const ys = solve(rows, to.map((p) => p.y));
  if (!xs || !ys) return null;
  const [a = 0, c = 0, e = 0] = xs;
  const [b = 0, d = 0, f = 0] = ys;
  return [a, b, c, d, e, f];
}
