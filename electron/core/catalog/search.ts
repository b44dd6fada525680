import { readingsOf } from './pinyin.js';
import { matchTerm, type Match, type MatchTerm } from './search-match.js';
import { typoDistance, typosAllowed } from './search-typo.js';

/** What a searchable entry (an item or a 一件事) offers to be found by. */
export interface Searchable {
  code: string;
  name: string;
  aliases: readonly string[];
  keywords: readonly string[];
}

type TermKind = 'name' | 'alias' | 'keyword';

/**
 * The index as stored beside its bundle: readings are worked out once, at apply time, so a
 * terminal that restarts loads its index without running pinyin over the catalog again.
 */
export interface SearchSnapshot {
  entries: { code: string; terms: { text: string; kind: TermKind; readings: string[] }[] }[];
}

/** A name, alias or keyword; identical ones (a keyword many items share) are one term, matched once. */
interface Term extends MatchTerm {
  text: string;
  kind: TermKind;
  /** Bit n set when letter n (a=0) occurs in some reading: a cheap test before matching. */
  letters: number;
  /** The entries that carry this term. */
  entries: number[];
}

export interface SearchHit {
  code: string;
  /** The name, alias or keyword that matched. */
  matched: string;
  score: number;
}

const kindWeight: Record<TermKind, number> = { name: 1, alias: 0.85, keyword: 0.75 };
/** Below the least exact match (a keyword's middle, 0.75 × 40): a slip never outranks what was typed right. */
const typoBase = 29;

function normalize(text: string): string[] {
  return [...text.toLowerCase().replace(/ü/g, 'v').replace(/[\s\p{P}\p{S}]/gu, '')];
}

function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const n = text.charCodeAt(i) - 97;
    if (n >= 0 && n < 26) mask |= 1 << n;
  }
  return mask;
}

type SnapshotEntry = SearchSnapshot['entries'][number];

/**
 * Works out the readings of names, aliases and keywords, a run of entries at a time: pinyin at
 * index time, never per keystroke. Each distinct text is read once per reader, since a catalog
 * repeats its keywords and aliases thousands of times.
 */
export function entryReader(): (entries: readonly Searchable[]) => SnapshotEntry[] {
  const readingsOfText = new Map<string, string[]>();
  const readingsOfTerm = (text: string) => {
    let readings = readingsOfText.get(text);
    if (!readings) {
      readings = normalize(text).map((c) => readingsOf(c).join('|'));
      readingsOfText.set(text, readings);
    }
    return readings;
  };
  const term = (text: string, kind: TermKind) => ({ text, kind, readings: readingsOfTerm(text) });
  return (entries) =>
    entries.map((e) => ({
      code: e.code,
      terms: [term(e.name, 'name'), ...e.aliases.map((a) => term(a, 'alias')), ...e.keywords.map((k) => term(k, 'keyword'))],
    }));
}

export function snapshotOf(entries: readonly Searchable[]): SearchSnapshot {
  return { entries: entryReader()(entries) };
}

function scoreOf(term: Term, match: Match): number {
  const whole = match.start === 0 && match.end === term.chars.length;
  // A whole keyword ("社保卡") says more about an item than a long name that merely begins so.
  const base = whole ? 100 : match.start === 0 ? 70 : 40;
  const coverage = (match.end - match.start) / term.chars.length;
  return kindWeight[term.kind] * (base + 20 * coverage);
}

interface Scored {
  term: Term;
  score: number;
}

/**
 * As-you-type search over one catalog. It matches distinct terms, not entries: a catalog repeats
 * its keywords thousands of times. Typing on extends the last query, and a term that did not
 * match "sheb" cannot match "sheba", so each keystroke only re-checks the last keystroke's terms.
 */
export class SearchIndex {
  private readonly codes: string[] = [];
  private readonly entryTerms: Term[][] = [];
  private readonly indexOfCode = new Map<string, number>();
  private readonly terms = new Map<string, Term>();
  /** Terms with a character, or a reading starting with a letter, under that key: where a match can begin. */
  private readonly starts = new Map<string, Term[]>();
  private last: { query: string; matched: Term[] } = { query: '', matched: [] };

  constructor(snapshot: SearchSnapshot) {
    this.add(snapshot.entries);
  }

  /** Indexes more entries after those already in; a big catalog is indexed a run at a time between turns of the event loop. */
  add(entries: readonly SnapshotEntry[]): void {
    for (const e of entries) {
      const index = this.codes.length;
      this.codes.push(e.code);
      this.indexOfCode.set(e.code, index);
      this.entryTerms.push(e.terms.map((t) => this.intern(t, index)));
    }
    this.last = { query: '', matched: [] };
  }

  /** The best `limit` entries for the query; `uses` counts how often each code was applied for here. */
  search(query: string, uses: ReadonlyMap<string, number> = new Map(), limit = 10): SearchHit[] {
    const q = normalize(query);
    if (q.length === 0) return [];
    const key = q.join('');
    const pool = this.last.query !== '' && key.startsWith(this.last.query) ? this.last.matched : (this.starts.get(q[0] ?? '') ?? []);
    const exact = this.scoreTerms(q, letterMask(key), pool);
    // Typo matches are no base to narrow the next keystroke from: it starts from every term again.
    const scored = exact.length > 0 ? exact : this.scoreTypos(key);
    this.last = exact.length > 0 ? { query: key, matched: exact.map((s) => s.term) } : { query: '', matched: [] };
    const top = this.bestEntries(scored, limit);
    return uses.size === 0 ? top : this.withUse(top, scored, uses, limit);
  }

  private scoreTerms(q: readonly string[], mask: number, pool: readonly Term[]): Scored[] {
    const scored: Scored[] = [];
    for (const term of pool) {
      if ((term.letters & mask) !== mask) continue;
      const match = matchTerm(q, term);
      if (match) scored.push({ term, score: scoreOf(term, match) });
    }
    return scored;
  }

  /** Only when nothing matched exactly: pinyin with a slip or two (search-typo.ts), scored below any exact match. */
  private scoreTypos(key: string): Scored[] {
    const max = typosAllowed(key.length);
    if (max === 0 || !/^[a-z]+$/.test(key)) return [];
    const mask = letterMask(key);
    const scored: Scored[] = [];
    // A slip is forgiven from a syllable the query's first letter begins: the terms posted under it.
    for (const term of this.starts.get(key.charAt(0)) ?? []) {
      if (bitCount(mask & ~term.letters) > max) continue;
      const distance = typoDistance(key, term, max);
      if (distance !== undefined) scored.push({ term, score: kindWeight[term.kind] * (typoBase - 10 * distance) });
    }
    return scored;
  }

  /**
   * Takes terms best first; an entry's first appearance is its best match. Ties keep catalog order.
   * Picks the best remaining term each round instead of sorting: a first letter matches thousands
   * of terms, and a page needs only the first few.
   */
  private bestEntries(scored: readonly Scored[], limit: number): SearchHit[] {
    const top: SearchHit[] = [];
    const seen = new Set<number>();
    const taken = new Uint8Array(scored.length);
    for (let round = 0; round < scored.length && top.length < limit; round++) {
      const at = bestRemaining(scored, taken);
      const { term, score } = scored[at] as Scored;
      taken[at] = 1;
      for (const index of term.entries) {
        if (seen.has(index)) continue;
        seen.add(index);
        top.push({ code: this.codes[index] ?? '', matched: term.text, score });
        if (top.length === limit) return top;
      }
    }
    return top;
  }

  /** Use only raises a score, so the best are among the best without use and the entries used here. */
  private withUse(top: SearchHit[], scored: readonly Scored[], uses: ReadonlyMap<string, number>, limit: number): SearchHit[] {
    const scoreOfTerm = new Map(scored.map((s) => [s.term, s.score]));
    const candidates = new Map(top.map((hit) => [hit.code, hit]));
    for (const code of uses.keys()) {
      const index = this.indexOfCode.get(code);
      const best = index === undefined ? undefined : this.bestTermOf(index, scoreOfTerm);
      if (best && !candidates.has(code)) candidates.set(code, { code, matched: best.term.text, score: best.score });
    }
    const boosted = [...candidates.values()].map((hit) => ({ ...hit, score: hit.score + 10 * Math.log2(1 + (uses.get(hit.code) ?? 0)) }));
    return boosted.sort((a, b) => b.score - a.score || a.matched.length - b.matched.length || a.code.localeCompare(b.code)).slice(0, limit);
  }

  private bestTermOf(index: number, scoreOfTerm: ReadonlyMap<Term, number>): Scored | undefined {
    let best: Scored | undefined;
    for (const term of this.entryTerms[index] ?? []) {
      const score = scoreOfTerm.get(term);
      if (score !== undefined && (!best || score > best.score)) best = { term, score };
    }
    return best;
  }

  private intern(stored: SnapshotEntry['terms'][number], entry: number): Term {
    const key = `${stored.kind}:${stored.text}`;
    const known = this.terms.get(key);
    if (known) {
      if (known.entries[known.entries.length - 1] !== entry) known.entries.push(entry);
      return known;
    }
    const readings = stored.readings.map((r) => r.split('|'));
    const term: Term = {
      text: stored.text,
      kind: stored.kind,
      chars: normalize(stored.text),
      readings,
      initials: readings.map((rs) => rs.map((r) => r.charAt(0)).join('')),
      letters: letterMask(stored.readings.join('')),
      entries: [entry],
    };
    this.terms.set(key, term);
    this.post(term);
    return term;
  }

  private post(term: Term): void {
    const keys = new Set<string>();
    term.chars.forEach((c, i) => {
      keys.add(c);
      for (const initial of term.initials[i] ?? '') keys.add(initial);
    });
    for (const key of keys) {
      const list = this.starts.get(key);
      if (list) list.push(term);
      else this.starts.set(key, [term]);
    }
  }
}

function bitCount(n: number): number {
  let count = 0;
  for (let m = n; m !== 0; m &= m - 1) count++;
  return count;
}

function bestRemaining(scored: readonly Scored[], taken: Uint8Array): number {
  let best = -1;
  for (let i = 0; i < scored.length; i++) {
    if (taken[i] === 1) continue;
    const s = scored[i] as Scored;
    const b = scored[best] as Scored | undefined;
    if (!b || s.score > b.score || (s.score === b.score && s.term.text.length < b.term.text.length)) best = i;
  }
  return best;
}
