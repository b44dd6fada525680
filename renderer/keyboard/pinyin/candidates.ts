import type { Lexicon, Word } from './lexicon.js';
import { segment, type Token } from './segment.js';

/** What a candidate key would type, and how many of the typed letters it uses up. */
export type Candidate = { text: string; consumed: number };

/**
 * Candidates for typed pinyin, best first: words that spell all of it, then words that spell
 * its start (longest first), then characters of its first syllable. Picking one uses up its
 * letters and the rest is looked up again, so "chenxiaoxin" is 陈, then 晓, then 欣.
 */
export function candidatesFor(lexicon: Lexicon, input: string): Candidate[] {
  const tokens = segment(lexicon, input);
  const first = tokens?.[0];
  if (!tokens || !first) return [];
  const words = matchingWords(lexicon, tokens);
  const characters = lexicon.charactersOf(first.text, first.whole).map((text) => ({ text, consumed: first.text.length }));
  const seen = new Set<string>();
  return [...words, ...characters].filter((c) => !seen.has(c.text) && seen.add(c.text));
}

function matchingWords(lexicon: Lexicon, tokens: readonly Token[]): Candidate[] {
  const found: { word: Word; covered: number }[] = [];
  for (const word of lexicon.wordsStartingWith(tokens[0]?.text.charAt(0) ?? '')) {
    if (word.syllables.length <= tokens.length && spells(word, tokens)) found.push({ word, covered: word.syllables.length });
  }
  found.sort((a, b) => b.covered - a.covered || a.word.rank - b.word.rank);
  return found.map(({ word, covered }) => ({ text: word.text, consumed: lettersIn(tokens, covered) }));
}

/** A word spells the tokens it covers: each whole token is its syllable, each partial a prefix. */
function spells(word: Word, tokens: readonly Token[]): boolean {
  return word.syllables.every((syllable, i) => {
    const token = tokens[i];
    return token !== undefined && (token.whole ? syllable === token.text : syllable.startsWith(token.text));
  });
}

function lettersIn(tokens: readonly Token[], count: number): number {
  return tokens.slice(0, count).reduce((sum, token) => sum + token.text.length, 0);
}
