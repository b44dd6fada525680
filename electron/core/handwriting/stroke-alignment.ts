import { strokeDistance, strokeFloats } from './stroke-geometry.js';
import type { StrokeSet } from './stroke-set.js';

/**
 * What each departure from the template costs, in the units of a stroke distance (mean point
 * distance in the unit box). Real writing misses short strokes, adds a stray one, runs two
 * strokes together or writes two where the standard has one, and swaps neighbours' order.
 */
const cost = {
  missingStroke: 0.12,
  missingPerLength: 0.25,
  extraStroke: 0.3,
  joined: 0.04,
  split: 0.04,
  swapped: 0.03,
};

/** The written strokes and one template's, as index ranges into their stroke sets. */
export interface Aligned {
  readonly input: StrokeSet;
  readonly n: number;
  readonly template: StrokeSet;
  readonly first: number;
  readonly m: number;
}

/**
 * The cheapest alignment of the written strokes to a template's, in writing order with the
 * departures above allowed, per template stroke (so characters of different stroke counts compare).
 * `table` is scratch space of at least (n + 1) × (m + 1), reused between calls.
 */
export function alignmentCost({ input, n, template, first, m }: Aligned, table: Float64Array): number {
  const width = m + 1;
  const d = (i: number, j: number): number => strokeDistance(input.floats, (i - 1) * strokeFloats, template.floats, (first + j - 1) * strokeFloats);
  const cell = (i: number, j: number): number => table[i * width + j] ?? Infinity;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) {
        table[0] = 0;
        continue;
      }
      let best = Infinity;
      if (i > 0 && j > 0) best = cell(i - 1, j - 1) + d(i, j);
      if (j > 0) best = Math.min(best, cell(i, j - 1) + cost.missingStroke + cost.missingPerLength * (template.lengths[first + j - 1] ?? 0));
      if (i > 0) best = Math.min(best, cell(i - 1, j) + cost.extraStroke);
      if (i > 0 && j > 1) best = Math.min(best, cell(i - 1, j - 2) + cost.joined + strokeDistance(input.floats, (i - 1) * strokeFloats, template.joins, (first + j - 2) * strokeFloats));
      if (i > 1 && j > 0) best = Math.min(best, cell(i - 2, j - 1) + cost.split + strokeDistance(input.joins, (i - 2) * strokeFloats, template.floats, (first + j - 1) * strokeFloats));
      if (i > 1 && j > 1) best = Math.min(best, cell(i - 2, j - 2) + cost.swapped + d(i - 1, j) + d(i, j - 1));
      table[i * width + j] = best;
    }
  }
  return cell(n, m) / Math.max(n, m);
}
