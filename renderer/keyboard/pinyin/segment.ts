import type { Lexicon } from './lexicon.js';

/** A piece of typed pinyin: a whole syllable ("chen") or the start of one ("zh", "w"). */
export type Token = { text: string; whole: boolean };

type Best = { tokens: Token[]; partials: number };

/**
 * Splits run-together pinyin into syllables: "chenxiaoxin" → chen·xiao·xin, "wh" → w·h,
 * "jiangh" → jiang·h. Prefers whole syllables, then fewer pieces ("xian" stays one syllable,
 * not xi·an). Letters that start no syllable ("i", "u", "v" at the start) give no split: null.
 */
export function segment(lexicon: Lexicon, input: string): Token[] | null {
  // best[i]: the best split of input.slice(i); filled from the end.
  const best: (Best | null)[] = new Array<Best | null>(input.length + 1).fill(null);
  best[input.length] = { tokens: [], partials: 0 };
  for (let start = input.length - 1; start >= 0; start--) {
    for (let end = start + 1; end <= Math.min(input.length, start + 6); end++) {
      const rest = best[end];
      const text = input.slice(start, end);
      if (!rest || !lexicon.prefixes.has(text)) continue;
      const whole = lexicon.syllables.has(text);
      const candidate = { tokens: [{ text, whole }, ...rest.tokens], partials: rest.partials + (whole ? 0 : 1) };
      if (better(candidate, best[start] ?? null)) best[start] = candidate;
    }
  }
  return best[0]?.tokens ?? null;
}

function better(a: Best, b: Best | null): boolean {
  if (!b) return true;
  if (a.partials !== b.partials) return a.partials < b.partials;
  return a.tokens.length < b.tokens.length;
}
