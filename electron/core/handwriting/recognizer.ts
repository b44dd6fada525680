import { coarseFeaturesInto, featureDistance, featureLength } from './coarse-features.js';
import { alignmentCost } from './stroke-alignment.js';
import { normalizeCharacter, type Stroke } from './stroke-geometry.js';
import { strokeSetOf } from './stroke-set.js';
import type { TemplateIndex } from './template-index.js';

/** How many characters the coarse pass hands to the alignment: the rest are too far to win. */
const shortlistSize = 300;
/** What one stroke of difference in count adds to the coarse distance (strokes are often joined, seldom many). */
const coarsePerStroke = 0.06;

/**
 * Which characters the strokes most likely are, best first: a coarse pass over every template
 * (stroke count within reach, ink direction by region), then the stroke-by-stroke alignment of
 * the shortlist.
 */
export function recognize(index: TemplateIndex, written: readonly Stroke[], limit: number): string[] {
  const strokes = written.filter((stroke) => stroke.length > 0);
  if (strokes.length === 0) return [];
  const input = strokeSetOf(normalizeCharacter(strokes));
  const n = strokes.length;
  const table = new Float64Array((n + 1) * 256);
  return shortlist(index, coarseOf(input, n), n, shortlistSize)
    .map((c) => ({ c, cost: alignmentCost({ input, n, template: index.strokes, first: index.first[c] ?? 0, m: index.count[c] ?? 0 }, table) }))
    .sort((a, b) => a.cost - b.cost)
    .slice(0, limit)
    .map(({ c }) => index.characters[c] ?? '');
}

/**
 * The `size` characters nearest by coarse features and stroke count alone, nearest first. Also
 * the bench's plain nearest-neighbour peer, which stops here.
 */
export function shortlist(index: TemplateIndex, features: Float32Array, n: number, size: number): number[] {
  const scored: { c: number; distance: number }[] = [];
  for (let c = 0; c < index.characters.length; c++) {
    const m = index.count[c] ?? 0;
    if (m < n - 2 - n / 4 || m > n + 3 + n / 3) continue;
    scored.push({ c, distance: featureDistance(features, 0, index.features, c * featureLength) + coarsePerStroke * Math.abs(m - n) });
  }
  return scored
    .sort((a, b) => a.distance - b.distance)
    .slice(0, size)
    .map((s) => s.c);
}

/** The coarse features of normalized written strokes. */
export function coarseOf(input: ReturnType<typeof strokeSetOf>, n: number): Float32Array {
  const features = new Float32Array(featureLength);
  coarseFeaturesInto(input, 0, n, features, 0);
  return features;
}
