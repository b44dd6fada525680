import { pointsPerStroke, strokeFloats } from './stroke-geometry.js';
import type { StrokeSet } from './stroke-set.js';

const directions = 8;
const grid = 3;
/** Length of a character's coarse feature vector: where on a 3×3 grid ink runs in which of 8 directions. */
export const featureLength = directions * grid * grid;

/**
 * How much ink runs in each direction in each ninth of the box, as shares of all ink: cheap to
 * compare over every template, blind to stroke order and to how strokes were split or joined, so
 * it picks the few hundred characters the stroke-by-stroke alignment then ranks.
 */
export function coarseFeaturesInto(set: StrokeSet, first: number, count: number, out: Float32Array, offset: number): void {
  out.fill(0, offset, offset + featureLength);
  let total = 0;
  for (let s = first; s < first + count; s++) {
    const base = s * strokeFloats;
    for (let k = 1; k < pointsPerStroke; k++) {
      const [x0, y0, x1, y1] = [at(set.floats, base + 2 * k - 2), at(set.floats, base + 2 * k - 1), at(set.floats, base + 2 * k), at(set.floats, base + 2 * k + 1)];
      const length = Math.hypot(x1 - x0, y1 - y0);
      if (length === 0) continue;
      const direction = Math.round((Math.atan2(y1 - y0, x1 - x0) / (2 * Math.PI)) * directions + directions) % directions;
      const cell = cellOf((x0 + x1) / 2) * grid + cellOf((y0 + y1) / 2);
      out[offset + cell * directions + direction] = at(out, offset + cell * directions + direction) + length;
      total += length;
    }
  }
  if (total > 0) for (let i = offset; i < offset + featureLength; i++) out[i] = at(out, i) / total;
}

/** L1 distance between two feature vectors (0 alike, 2 nothing in common). */
export function featureDistance(a: Float32Array, aOffset: number, b: Float32Array, bOffset: number): number {
  let sum = 0;
  for (let i = 0; i < featureLength; i++) sum += Math.abs(at(a, aOffset + i) - at(b, bOffset + i));
  return sum;
}

function cellOf(v: number): number {
  return Math.min(grid - 1, Math.max(0, Math.floor(v * grid)));
}

function at(array: Float32Array, i: number): number {
  return array[i] ?? 0;
}
