import type { MatchTerm } from './search-match.js';

/**
 * Pinyin typed with a slip: "shebaika" for shebaoka (社保卡), "shbaoka", "shebaoak". Asked only
 * when the exact match (search-match.ts) found nothing, so it never reorders what a careful
 * typist gets. The query is compared with the start of the term's spelled-out readings, from a
 * syllable whose reading begins with the query's first letter: people rarely mistype the first.
 */

/** Slips forgiven: none for short queries (sbk means itself), one from four letters, two from nine. */
export function typosAllowed(queryLength: number): number {
  return queryLength >= 9 ? 2 : queryLength >= 4 ? 1 : 0;
}

/**
 * The fewest edits (a letter changed, added, dropped, or two swapped) that turn the query into the
 * start of the term's pinyin from some syllable on, or undefined above `max`. Every reading of a
 * polyphone is tried: the row of distances is carried through each and the smallest kept.
 */
export function typoDistance(query: string, term: MatchTerm, max: number): number | undefined {
  let best = max + 1;
  for (let start = 0; start < term.chars.length; start++) {
    if (!(term.readings[start] ?? []).some((r) => r.startsWith(query.charAt(0)))) continue;
    best = Math.min(best, fromSyllable(query, term, start, best - 1));
    if (best === 0) break;
  }
  return best <= max ? best : undefined;
}

/** Distances of every query prefix to the pinyin read so far; `prev` is the row one letter back, for swaps. */
interface Rows {
  row: number[];
  prev: number[] | undefined;
  letter: string;
}

function fromSyllable(query: string, term: MatchTerm, start: number, max: number): number {
  let rows: Rows[] = [{ row: Array.from({ length: query.length + 1 }, (_, i) => i), prev: undefined, letter: '' }];
  let best = Number.POSITIVE_INFINITY;
  for (let ti = start; ti < term.chars.length; ti++) {
    const next: Rows[] = [];
    for (const reading of term.readings[ti] ?? []) {
      for (const from of rows) {
        let at = from;
        for (const letter of reading) {
          at = advance(query, at, letter);
          best = Math.min(best, at.row[query.length] ?? best);
        }
        next.push(at);
      }
    }
    // A row whose every cell is over the limit cannot come back under it.
    rows = keepBest(next).filter((r) => Math.min(...r.row) <= max);
    if (rows.length === 0) break;
  }
  return best;
}

/** One more letter of the term: the Damerau–Levenshtein step (optimal string alignment). */
function advance(query: string, from: Rows, letter: string): Rows {
  const row = [(from.row[0] ?? 0) + 1];
  for (let i = 1; i <= query.length; i++) {
    const same = query.charAt(i - 1) === letter ? 0 : 1;
    let d = Math.min((from.row[i] ?? 0) + 1, (row[i - 1] ?? 0) + 1, (from.row[i - 1] ?? 0) + same);
    const swapped = from.prev && i > 1 && query.charAt(i - 1) === from.letter && query.charAt(i - 2) === letter;
    if (swapped) d = Math.min(d, (from.prev?.[i - 2] ?? 0) + 1);
    row.push(d);
  }
  return { row, prev: from.row, letter };
}

/** Readings that end in the same row are one path on: polyphones must not multiply the work. */
function keepBest(rows: Rows[]): Rows[] {
  const byRow = new Map<string, Rows>();
  for (const r of rows) byRow.set(r.row.join(','), r);
  return [...byRow.values()];
}
