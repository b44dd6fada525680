import type { Point, Quad } from './homography.js';

/** Pixels as a canvas's getImageData gives them: RGBA, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A page smaller than this share of the picture is more likely a shadow or a hand than the page. */
const minShare = 0.15;

function luminance({ width, height, data }: Pixels): Uint8Array {
  const gray = new Uint8Array(width * height);
  for (let i = 0; i < gray.length; i += 1) gray[i] = ((data[i * 4] ?? 0) * 77 + (data[i * 4 + 1] ?? 0) * 150 + (data[i * 4 + 2] ?? 0) * 29) >> 8;
  return gray;
}

/** Otsu's threshold: the grey level that best splits the picture into paper and desk. */
export function otsuThreshold(gray: Uint8Array): number {
  const histogram = new Array<number>(256).fill(0);
  for (const g of gray) histogram[g] = (histogram[g] ?? 0) + 1;
  const total = gray.length;
  const sum = histogram.reduce((acc, count, level) => acc + count * level, 0);
  let [below, sumBelow, best, threshold] = [0, 0, -1, 128];
  for (let level = 0; level < 256; level += 1) {
    below += histogram[level] ?? 0;
    sumBelow += level * (histogram[level] ?? 0);
    const above = total - below;
    if (below === 0 || above === 0) continue;
    const between = below * above * (sumBelow / below - (sum - sumBelow) / above) ** 2;
    if (between > best) [best, threshold] = [between, level];
  }
  return threshold;
}

/** The 4-neighbours of a pixel index inside the picture (-1 where the picture ends). */
function neighbours(at: number, width: number, size: number): [number, number, number, number] {
  const x = at % width;
  return [x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, at >= width ? at - width : -1, at + width < size ? at + width : -1];
}

/**
 * The desk: dark pixels joined to the picture's border. Whatever it does not reach is page,
 * its print and a printed frame included, so a bordered form is not taken for a smaller page.
 */
function deskOf(dark: Uint8Array, width: number): Uint8Array {
  const desk = new Uint8Array(dark.length);
  const queue = new Int32Array(dark.length);
  let tail = 0;
  for (let at = 0; at < dark.length; at += 1) {
    const x = at % width;
    const onBorder = x === 0 || x === width - 1 || at < width || at >= dark.length - width;
    if (onBorder && dark[at]) [desk[at], queue[tail++]] = [1, at];
  }
  for (let head = 0; head < tail; head += 1) {
    for (const to of neighbours(queue[head] ?? 0, width, dark.length)) {
      if (to >= 0 && dark[to] && !desk[to]) [desk[to], queue[tail++]] = [1, to];
    }
  }
  return desk;
}

/** The largest 4-connected region of pixels not in `desk`, as a list of pixel indices. */
function largestRegion(desk: Uint8Array, width: number): Int32Array {
  const seen = Uint8Array.from(desk);
  const queue = new Int32Array(desk.length);
  let best = new Int32Array(0);
  for (let start = 0; start < desk.length; start += 1) {
    if (seen[start]) continue;
    let tail = 0;
    [seen[start], queue[tail++]] = [1, start];
    for (let head = 0; head < tail; head += 1) {
      for (const to of neighbours(queue[head] ?? 0, width, desk.length)) {
        if (to >= 0 && !seen[to]) [seen[to], queue[tail++]] = [1, to];
      }
    }
    if (tail > best.length) best = queue.slice(0, tail);
  }
  return best;
}

/** The region's outline as the first and last pixel of each row it covers (their outer edges). */
function rowEnds(region: Int32Array, width: number): Point[] {
  const ends = new Map<number, [number, number]>();
  for (const at of region) {
    const [x, y] = [at % width, Math.floor(at / width)];
    const seen = ends.get(y);
    ends.set(y, seen ? [Math.min(seen[0], x), Math.max(seen[1], x)] : [x, x]);
  }
  return [...ends].flatMap(([y, [left, right]]) => [
    { x: left, y: y + 0.5 },
    { x: right + 1, y: y + 0.5 },
  ]);
}

const cross = (o: Point, a: Point, b: Point): number => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Andrew's monotone chain: the convex hull, each corner once, in one turning direction. */
function convexHull(points: Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const half = (from: Point[]): Point[] => {
    const chain: Point[] = [];
    for (const p of from) {
      while (chain.length >= 2 && cross(chain[chain.length - 2] ?? p, chain[chain.length - 1] ?? p, p) <= 0) chain.pop();
      chain.push(p);
    }
    return chain.slice(0, -1);
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

const triangle = (a: Point, b: Point, c: Point): number => Math.abs(cross(a, b, c)) / 2;

/**
 * The largest quadrilateral on the hull's corners: the page's four corners, however it is turned.
 * For each diagonal i–k the best corner on either side moves only forward as k does, so this is
 * quadratic in the hull's few hundred corners, not quartic.
 */
function largestQuad(hull: Point[]): Point[] | null {
  const n = hull.length;
  if (n < 4) return null;
  const at = (i: number): Point => hull[i % n] ?? { x: 0, y: 0 };
  let [best, quad] = [-1, null as Point[] | null];
  for (let i = 0; i < n; i += 1) {
    let [j, l] = [i + 1, i + 3];
    for (let k = i + 2; k < i + n - 1; k += 1) {
      while (j + 1 < k && triangle(at(i), at(j + 1), at(k)) >= triangle(at(i), at(j), at(k))) j += 1;
      l = Math.max(l, k + 1);
      while (l + 1 < i + n && triangle(at(k), at(l + 1), at(i)) >= triangle(at(k), at(l), at(i))) l += 1;
      const area = triangle(at(i), at(j), at(k)) + triangle(at(k), at(l), at(i));
      if (area > best) [best, quad] = [area, [at(i), at(j), at(k), at(l)]];
    }
  }
  return quad;
}

/** Corners turned clockwise on screen and starting nearest the picture's top-left: tl, tr, br, bl. */
function upright(corners: Point[]): Quad | null {
  const [a, b, c, d] = corners;
  if (!a || !b || !c || !d) return null;
  const clockwise: Point[] = quadArea([a, b, c, d]) >= 0 ? [a, b, c, d] : [a, d, c, b];
  const first = clockwise.reduce((best, p, i) => (p.x + p.y < (clockwise[best]?.x ?? 0) + (clockwise[best]?.y ?? 0) ? i : best), 0);
  const [tl, tr, br, bl] = [0, 1, 2, 3].map((i) => clockwise[(first + i) % 4]);
  return tl && tr && br && bl ? [tl, tr, br, bl] : null;
}

/** Twice the signed area (shoelace); positive for corners in screen-clockwise order. */
export function quadArea(quad: Quad): number {
  let twice = 0;
  quad.forEach((p, i) => {
    const q = quad[(i + 1) % 4] ?? p;
    twice += p.x * q.y - q.x * p.y;
  });
  return twice / 2;
}

/**
 * Where the page lies in a (small) picture of it on the camera's darker base: its four corners,
 * or null when no page stands out (a page filling the whole frame, a blank picture), in which
 * case the photo is kept as it is.
 */
export function findPage(pixels: Pixels): Quad | null {
  const gray = luminance(pixels);
  const threshold = otsuThreshold(gray);
  const dark = new Uint8Array(gray.length);
  for (let i = 0; i < gray.length; i += 1) dark[i] = (gray[i] ?? 0) > threshold ? 0 : 1;
  const region = largestRegion(deskOf(dark, pixels.width), pixels.width);
  const share = region.length / gray.length;
  if (share < minShare) return null;
  const quad = upright(largestQuad(convexHull(rowEnds(region, pixels.width))) ?? []);
  if (!quad) return null;
  // Corners at the frame's edges mean the page runs out of the picture: nothing to straighten.
  const area = quadArea(quad) / gray.length;
  return area > minShare && area < 0.97 ? quad : null;
}
