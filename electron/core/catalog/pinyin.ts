import { polyphonic } from 'pinyin-pro';

const cache = new Map<string, string[]>();

/**
 * Every reading of one character, toneless and lower-case ("行" → xing, hang, heng), so a search
 * for either reading of a polyphone finds it. Letters and digits read as themselves. Readings are
 * cached per character: a catalog of 20,000 items has only a few thousand distinct characters.
 */
export function readingsOf(char: string): string[] {
  const known = cache.get(char);
  if (known) return known;
  const readings = /^[\p{Script=Han}]$/u.test(char)
    ? [...new Set((polyphonic(char, { toneType: 'none', type: 'array' })[0] ?? []).map((r) => r.toLowerCase().replace('ü', 'v')))]
    : [char.toLowerCase()];
  cache.set(char, readings);
  return readings;
}
