import { candidatesFor, type Candidate } from './candidates.js';
import type { Lexicon } from './lexicon.js';

/** Pinyin typed but not yet turned into characters, and which page of candidates is shown. */
export type Composition = { pinyin: string; page: number };

export const emptyComposition: Composition = { pinyin: '', page: 0 };

/** Longer than any name or address word; past it a stray finger only adds noise. */
const maxPinyin = 30;

export function typeLetter(state: Composition, letter: string): Composition {
  if (state.pinyin.length >= maxPinyin) return state;
  return { pinyin: state.pinyin + letter.toLowerCase(), page: 0 };
}

export function dropLetter(state: Composition): Composition {
  return { pinyin: state.pinyin.slice(0, -1), page: 0 };
}

/** Picking a candidate types its text; the letters it did not use stay to be picked next. */
export function pick(state: Composition, candidate: Candidate): { state: Composition; typed: string } {
  return { state: { pinyin: state.pinyin.slice(candidate.consumed), page: 0 }, typed: candidate.text };
}

/**
 * 完成 while pinyin is still typed: each first candidate in turn, as a citizen tapping the
 * highlighted one would, so the letters are never lost. What no candidate spells stays typed.
 */
export function commitAll(lexicon: Lexicon, state: Composition): { state: Composition; typed: string } {
  let typed = '';
  let rest = state;
  for (let best = candidatesFor(lexicon, rest.pinyin)[0]; best; best = candidatesFor(lexicon, rest.pinyin)[0]) {
    const step = pick(rest, best);
    typed += step.typed;
    rest = step.state;
  }
  return { state: rest, typed };
}

export type Page = { candidates: Candidate[]; page: number; pages: number };

/**
 * Characters (plus one per key) that fit the bar beside ‹ ›, 1080 pixels wide: the pinyin has its
 * own line above, so a candidate key of 44-pixel glyphs gets about 810 pixels.
 */
export const candidateBarWidth = 16;

/**
 * One page of candidates. A page holds as many as fit `width`, counted in characters plus one
 * for each key's padding, so a long word (武汉经济技术开发区) does not push others off the bar.
 */
export function pageOf(lexicon: Lexicon, state: Composition, width: number): Page {
  const pages = packPages(candidatesFor(lexicon, state.pinyin), width);
  const page = Math.min(Math.max(0, state.page), pages.length - 1);
  return { candidates: pages[page] ?? [], page, pages: pages.length };
}

function packPages(candidates: readonly Candidate[], width: number): Candidate[][] {
  const pages: Candidate[][] = [[]];
  let used = 0;
  for (const candidate of candidates) {
    const cost = [...candidate.text].length + 1;
    const current = pages[pages.length - 1] ?? [];
    if (used + cost > width && current.length > 0) {
      pages.push([candidate]);
      used = cost;
    } else {
      current.push(candidate);
      used += cost;
    }
  }
  return pages;
}

export function turnPage(state: Composition, by: number): Composition {
  return { ...state, page: Math.max(0, state.page + by) };
}
