/**
 * Strokes as the matcher compares them: every character scaled into the unit box (y down), each
 * stroke resampled to the same number of points evenly spaced along its length, so two strokes
 * compare point by point whatever the speed or the tablet they were written with.
 */
export type Point = readonly [number, number];
export type Stroke = readonly Point[];

/** Points per resampled stroke: enough for a 折 or a 钩 to keep its corner, few enough to stay fast. */
export const pointsPerStroke = 8;
/** Floats per resampled stroke (x and y of each point). */
export const strokeFloats = pointsPerStroke * 2;

/**
 * Scales the whole character (not each stroke) into the unit box, keeping its proportions and
 * centring it: a 一 stays a flat line in the middle rather than being stretched into a square.
 */
export function normalizeCharacter(strokes: readonly Stroke[]): Stroke[] {
  const all = strokes.flat();
  if (all.length === 0) return [];
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.max(maxX - minX, maxY - minY, 1e-6);
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  return strokes.map((stroke) => stroke.map(([x, y]): Point => [(x - cx) / size + 0.5, (y - cy) / size + 0.5]));
}

/** The stroke's length along its path. */
export function pathLength(stroke: Stroke): number {
  let length = 0;
  for (let i = 1; i < stroke.length; i++) length += distance(stroke[i - 1] as Point, stroke[i] as Point);
  return length;
}

/** `pointsPerStroke` points evenly spaced along the path, written into `out` at `offset`. */
export function resampleInto(stroke: Stroke, out: Float32Array, offset: number): void {
  const total = pathLength(stroke);
  const first = stroke[0] ?? [0, 0];
  let segment = 1;
  let walked = 0;
  for (let k = 0; k < pointsPerStroke; k++) {
    const target = (total * k) / (pointsPerStroke - 1);
    while (segment < stroke.length - 1 && walked + segmentLength(stroke, segment) < target) walked += segmentLength(stroke, segment++);
    const from = stroke[segment - 1] ?? first;
    const to = stroke[segment] ?? from;
    const span = segmentLength(stroke, segment);
    const t = span > 0 ? Math.min(1, Math.max(0, (target - walked) / span)) : 0;
    out[offset + 2 * k] = from[0] + (to[0] - from[0]) * t;
    out[offset + 2 * k + 1] = from[1] + (to[1] - from[1]) * t;
  }
}

/** A resampled stroke read back as points (to join two strokes into one path). */
export function pointsAt(floats: Float32Array, offset: number): Point[] {
  return Array.from({ length: pointsPerStroke }, (_, k): Point => [floats[offset + 2 * k] ?? 0, floats[offset + 2 * k + 1] ?? 0]);
}

/** Mean distance between corresponding points of two resampled strokes. */
export function strokeDistance(a: Float32Array, aOffset: number, b: Float32Array, bOffset: number): number {
  let sum = 0;
  for (let k = 0; k < strokeFloats; k += 2) {
    const dx = (a[aOffset + k] ?? 0) - (b[bOffset + k] ?? 0);
    const dy = (a[aOffset + k + 1] ?? 0) - (b[bOffset + k + 1] ?? 0);
    sum += Math.sqrt(dx * dx + dy * dy);
  }
  return sum / pointsPerStroke;
}

function segmentLength(stroke: Stroke, i: number): number {
  const from = stroke[i - 1];
  const to = stroke[i];
  return from && to ? distance(from, to) : 0;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}
