import { pathLength, pointsAt, resampleInto, strokeFloats, type Stroke } from './stroke-geometry.js';

/**
 * Resampled strokes in flat typed arrays (one character's, or every template's end to end), with
 * each stroke's length and each stroke joined to the next: a writer who runs two strokes into
 * one (连笔) draws that joined path, pen travel between them included.
 */
export interface StrokeSet {
  readonly floats: Float32Array;
  readonly lengths: Float32Array;
  /** joins[s]: stroke s and stroke s + 1 as one path (unused after a character's last stroke). */
  readonly joins: Float32Array;
}

/** Strokes already in the unit box, resampled and joined pairwise. */
export function strokeSetOf(strokes: readonly Stroke[]): StrokeSet {
  const set = emptyStrokeSet(strokes.length);
  writeStrokes(set, 0, strokes);
  return set;
}

export function emptyStrokeSet(count: number): StrokeSet {
  return { floats: new Float32Array(count * strokeFloats), lengths: new Float32Array(count), joins: new Float32Array(count * strokeFloats) };
}

/** Writes one character's strokes from stroke index `at` on. */
export function writeStrokes(set: StrokeSet, at: number, strokes: readonly Stroke[]): void {
  strokes.forEach((stroke, s) => {
    set.lengths[at + s] = pathLength(stroke);
    resampleInto(stroke, set.floats, (at + s) * strokeFloats);
  });
  for (let s = 0; s + 1 < strokes.length; s++) {
    const joined = [...pointsAt(set.floats, (at + s) * strokeFloats), ...pointsAt(set.floats, (at + s + 1) * strokeFloats)];
    resampleInto(joined, set.joins, (at + s) * strokeFloats);
  }
}
