/**
 * One searchable text, with each character's readings. A query matches it when, from some
 * character on, each query part is that character itself, one of its readings in full, the start
 * of one (its initial, or the query's last letters), so 社保卡, shebaoka, sbk and shebao卡 all match.
 */
export interface MatchTerm {
  chars: readonly string[];
  readings: readonly (readonly string[])[];
  /** Per character, the first letters of its readings: a match can only start where the query's first letter is one. */
  initials: readonly string[];
}

export interface Match {
  start: number;
  /** Index after the last character the query reached. */
  end: number;
}

const latin = /^[a-z0-9]$/;

function commonPrefix(reading: string, query: readonly string[], from: number): number {
  let k = 0;
  while (k < reading.length && from + k < query.length && reading.charAt(k) === query[from + k]) k++;
  return k;
}

/**
 * Pairs (query index, term index) already known to fail in this match, stamped with the match's
 * generation instead of cleared: search runs this for every candidate on every keystroke, and a
 * fresh array each time cost more than the matching itself.
 */
const maxLength = 64;
const failedAt = new Uint32Array(maxLength * maxLength);
let generation = 0;

let query: readonly string[] = [];
let queryIsLatin: boolean[] = [];
let term: MatchTerm = { chars: [], readings: [], initials: [] };

function from(qi: number, ti: number): number {
  if (qi === query.length) return ti;
  if (ti === term.chars.length) return -1;
  const slot = qi * maxLength + ti;
  if (failedAt[slot] === generation) return -1;
  const end = step(qi, ti);
  if (end < 0) failedAt[slot] = generation;
  return end;
}

function step(qi: number, ti: number): number {
  if (query[qi] === term.chars[ti]) {
    const end = from(qi + 1, ti + 1);
    if (end >= 0) return end;
  }
  if (!queryIsLatin[qi]) return -1;
  for (const reading of term.readings[ti] ?? []) {
    const end = byReading(reading, qi, ti);
    if (end >= 0) return end;
  }
  return -1;
}

function byReading(reading: string, qi: number, ti: number): number {
  const k = commonPrefix(reading, query, qi);
  if (k === 0) return -1;
  if (qi + k === query.length) return ti + 1; // the query ends inside this syllable
  if (k === reading.length) {
    const end = from(qi + k, ti + 1);
    if (end >= 0) return end;
  }
  const initial = from(qi + 1, ti + 1);
  if (initial >= 0 || k < 2) return initial;
  const c = reading.charCodeAt(0);
  const twoLetterInitial = reading.charCodeAt(1) === 104 && (c === 122 || c === 99 || c === 115); // zh ch sh
  return twoLetterInitial ? from(qi + 2, ti + 1) : -1;
}

/** The earliest place the query matches in the term, or undefined. */
export function matchTerm(q: readonly string[], t: MatchTerm): Match | undefined {
  if (q.length === 0 || q.length >= maxLength || t.chars.length >= maxLength) return undefined;
  if (q !== query) {
    query = q;
    queryIsLatin = q.map((c) => latin.test(c));
  }
  term = t;
  if (generation === 0xffffffff) {
    failedAt.fill(0);
    generation = 0;
  }
  generation++;
  const first = q[0] ?? '';
  for (let start = 0; start < t.chars.length; start++) {
    if (t.chars[start] !== first && !(t.initials[start] ?? '').includes(first)) continue;
    const end = from(0, start);
    if (end >= 0) return { start, end };
  }
  return undefined;
}
