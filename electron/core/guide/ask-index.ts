import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Catalog } from '../catalog/catalog.js';
import type { CatalogItem } from '../catalog/item.js';
import type { LifeEvent } from '../catalog/life-event.js';
import { Bm25, type FieldText } from './bm25.js';
import { soundAlike, syllablesOf, tokensOf, type Tokens } from './words.js';

/** One item or 一件事 that fits a question, with the line of its guide that answers it best. */
export interface AskHit {
  code: string;
  kind: 'item' | 'lifeEvent';
  score: number;
  /** A sentence of the guide (a condition, a material, the result), quoted as it stands: never made up. */
  answer: string;
}

/**
 * A question is answered only when its best entry shares a whole word with it (for a question in
 * pinyin, most of its letter trigrams) and scores at least this: otherwise the citizen is sent to
 * 12345 and the help call rather than shown an item that merely shares a character or a sound with
 * it. Set from the test set: no question there that the catalog cannot answer passes.
 */
export const answerThreshold = 1.5;
/** For a question that shares no word with its best entry: the share of its pinyin trigrams that entry must hold. */
const pinyinCoverage = 0.5;
/** Hits far below the best one are noise beside it. */
const relativeFloor = 0.4;

interface Entry {
  code: string;
  /**
   * The words of its name, synonyms and conditions: a question is answered only by an entry it
   * shares one with. Materials and departments are left out: nearly every item asks for a 身份证
   * and sits in a 武汉市 department, which says nothing about what a question is after.
   */
  words: Set<string>;
  kind: AskHit['kind'];
  /** The guide's sentences, each with its words, to quote the one that shares most with the question. */
  passages: { text: string; words: Set<string> }[];
}

interface Texts {
  synonyms: string[];
  /** Sentences that say what the entry is about. */
  guide: string[];
  /** Sentences every entry has some of: scored, but no sign a question was understood. */
  shared: string[];
}

function itemTexts(item: CatalogItem): Texts {
  return {
    synonyms: [...item.aliases, ...item.keywords],
    guide: [...item.conditions, `办理结果：${item.result.name}`],
    shared: [...item.materials.map((m) => `需要材料：${m.name}`), `办理部门：${item.department}`],
  };
}

function eventTexts(event: LifeEvent, items: readonly CatalogItem[]): Texts {
  return { synonyms: [...event.aliases, ...event.keywords], guide: [event.description, ...items.map((i) => `包括：${i.name}`)], shared: [] };
}

/** Catalogs repeat their keywords, conditions and materials thousands of times: each distinct text is segmented once. */
function cachedTokens(): (text: string) => Tokens {
  const known = new Map<string, Tokens>();
  return (text) => {
    let tokens = known.get(text);
    if (!tokens) {
      tokens = tokensOf(text);
      known.set(text, tokens);
    }
    return tokens;
  };
}

function fieldsOf(name: string, texts: Texts, tokens: (text: string) => Tokens): FieldText[] {
  return [
    { field: 'name', tokens: tokens(name) },
    ...texts.synonyms.map((s) => ({ field: 'synonym' as const, tokens: tokens(s) })),
    ...[...texts.guide, ...texts.shared].map((g) => ({ field: 'guide' as const, tokens: tokens(g) })),
  ];
}

interface Prepared {
  documents: FieldText[][];
  entries: Entry[];
  pinyinOf: Set<string>[];
  /** The syllables of each entry's telling words, to hear a homophone typed for one. */
  soundsOf: string[][][];
}

function addEntry(prepared: Prepared, tokens: (text: string) => Tokens, code: string, kind: AskHit['kind'], name: string, texts: Texts): void {
  const fields = fieldsOf(name, texts, tokens);
  prepared.documents.push(fields);
  const telling = fields.slice(0, 1 + texts.synonyms.length + texts.guide.length);
  prepared.pinyinOf.push(new Set(telling.flatMap((f) => f.tokens.pinyin)));
  prepared.soundsOf.push([...new Set(telling.flatMap((f) => f.tokens.words))].map(syllablesOf).filter((s) => s.length >= 2));
  const passages = [...texts.guide, ...texts.shared].map((text, i) => ({ text, words: new Set(fields[1 + texts.synonyms.length + i]?.tokens.words) }));
  prepared.entries.push({ code, kind, words: new Set(telling.flatMap((f) => f.tokens.words)), passages });
}

/** Entries segmented between two turns of the event loop: a 20,000-item catalog must not freeze the core. */
const entriesPerTurn = 100;

/** Segments every item and 一件事 the catalog offers, a run at a time, and indexes them. */
export async function buildAskIndex(catalog: Pick<Catalog, 'list' | 'get' | 'lifeEvents'>): Promise<AskIndex> {
  const prepared: Prepared = { documents: [], entries: [], pinyinOf: [], soundsOf: [] };
  const tokens = cachedTokens();
  const sources = [
    ...catalog.list().map(({ code }) => () => {
      const item = catalog.get(code);
      addEntry(prepared, tokens, code, 'item', item.name, itemTexts(item));
    }),
    ...catalog.lifeEvents().map((event) => () => addEntry(prepared, tokens, event.code, 'lifeEvent', event.name, eventTexts(event, event.items.map((c) => catalog.get(c))))),
  ];
  for (const [n, add] of sources.entries()) {
    add();
    if ((n + 1) % entriesPerTurn === 0) await yieldToLoop();
  }
  return new AskIndex(prepared);
}

/** Ask in your own words: BM25 over each item's and 一件事's name, synonyms and guide texts. */
export class AskIndex {
  private readonly entries: Entry[];
  private readonly bm25: Bm25;
  private readonly pinyinOf: Set<string>[];
  private readonly soundsOf: string[][][];

  constructor(prepared: Prepared) {
    this.entries = prepared.entries;
    this.pinyinOf = prepared.pinyinOf;
    this.soundsOf = prepared.soundsOf;
    this.bm25 = new Bm25(prepared.documents);
  }

  /** The best entries for the question, at most `limit`; empty when none clears the threshold. */
  ask(question: string, limit = 5): AskHit[] {
    const query = tokensOf(question);
    const scores = this.bm25.scores(query);
    const ranked = [...scores.keys()].filter((i) => (scores[i] ?? 0) > 0).sort((x, y) => (scores[y] ?? 0) - (scores[x] ?? 0));
    const best = scores[ranked[0] ?? -1] ?? 0;
    if (best < answerThreshold || !this.understood(ranked[0] ?? -1, query, question)) return [];
    return ranked
      .filter((i) => (scores[i] ?? 0) >= best * relativeFloor)
      .slice(0, limit)
      .map((i) => this.hit(i, scores[i] ?? 0, query));
  }

  /** The raw ranking with no threshold, for measuring where the threshold belongs. */
  rank(question: string): { code: string; score: number }[] {
    const scores = this.bm25.scores(tokensOf(question));
    return this.entries.map((e, i) => ({ code: e.code, score: scores[i] ?? 0 })).sort((x, y) => y.score - x.score);
  }

  private understood(index: number, query: Tokens, question: string): boolean {
    const entry = this.entries[index];
    if (!entry) return false;
    // One shared character (吃, 到) is chance; a shared word of two or more, or two words, is not.
    const shared = query.words.filter((w) => entry.words.has(w));
    if (shared.length >= 2 || shared.some((w) => [...w].length >= 2)) return true;
    const trigrams = this.pinyinOf[index] ?? new Set<string>();
    const heard = (grams: readonly string[], share: number) => grams.length > 0 && grams.filter((t) => trigrams.has(t)).length >= share * grams.length;
    // Pinyin typed as letters (shebaka) sounds like the entry; so does a homophone the keyboard
    // offered first (涉芭卡, 社把卡), run by run of the question's characters against the entry's
    // telling words: not word by word, since a homophone may be split apart or be a stop word (把).
    if (query.chars.length === 0) return heard(query.pinyin, pinyinCoverage);
    const spoken = syllablesOf(question);
    return (this.soundsOf[index] ?? []).some((s) => runsOf(spoken, s.length).some((run) => soundAlike(run, s)));
  }

  private hit(index: number, score: number, query: Tokens): AskHit {
    const entry = this.entries[index] as Entry;
    const shared = (words: Set<string>) => query.words.filter((w) => words.has(w)).length;
    const best = entry.passages.reduce((top, p) => (shared(p.words) > shared(top.words) ? p : top), entry.passages[0] ?? { text: '', words: new Set<string>() });
    return { code: entry.code, kind: entry.kind, score, answer: best.text };
  }
}

/** Every run of `length` consecutive syllables. */
function runsOf(syllables: readonly string[], length: number): string[][] {
  const runs: string[][] = [];
  for (let i = 0; i + length <= syllables.length; i++) runs.push(syllables.slice(i, i + length));
  return runs;
}

const indexes = new WeakMap<object, Promise<AskIndex>>();

/** One index per catalog, built on the first question: a new bundle brings a new catalog and so a new index. */
export function askIndexOf(catalog: Catalog): Promise<AskIndex> {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildAskIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}
