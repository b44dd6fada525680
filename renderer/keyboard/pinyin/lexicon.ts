/**
 * The reverse dictionary of pinyin input: syllable → characters, and the words with their
 * syllables. Built once from plain data (lexicon-data.ts, or a small fixture in a test); the
 * order of the data is the candidate order, so rank is just the position.
 */
export type LexiconData = {
  /** [character, readings separated by spaces], most wanted first. */
  characters: readonly (readonly [string, string])[];
  /** [word, its syllables separated by spaces], most wanted first. */
  words: readonly (readonly [string, string])[];
};

export type Word = { text: string; syllables: readonly string[]; rank: number };

export type Lexicon = {
  syllables: ReadonlySet<string>;
  /** Every prefix of a syllable ("z", "zh", "zha", … "zhang"), for tokens still being typed. */
  prefixes: ReadonlySet<string>;
  charactersOf: (syllableOrPrefix: string, whole: boolean) => readonly string[];
  /** Words whose first syllable starts with this letter. */
  wordsStartingWith: (letter: string) => readonly Word[];
};

/**
 * A character's other readings rank this many places lower than its first (pinyin-pro lists the
 * usual reading first): 沈 is shěn before it is chén, so "chen" offers 陈 晨 臣 before 沈.
 */
const otherReadingPenalty = 1000;

type Ranked = { character: string; rank: number };

export function buildLexicon(data: LexiconData): Lexicon {
  const bySyllable = new Map<string, Ranked[]>();
  data.characters.forEach(([character, readings], index) => {
    readings.split(' ').forEach((syllable, nth) => pushTo(bySyllable, syllable, { character, rank: index + (nth === 0 ? 0 : otherReadingPenalty) }));
  });
  for (const list of bySyllable.values()) list.sort((a, b) => a.rank - b.rank);
  const byLetter = new Map<string, Word[]>();
  data.words.forEach(([text, reading], rank) => {
    const syllables = reading.split(' ');
    pushTo(byLetter, syllables[0]?.charAt(0) ?? '', { text, syllables, rank });
  });
  const prefixes = new Set([...bySyllable.keys()].flatMap((s) => [...s].map((_, i) => s.slice(0, i + 1))));
  const exact = memo((syllable: string) => (bySyllable.get(syllable) ?? []).map((r) => r.character));
  const forPrefix = memo((prefix: string) => mergeByRank(bySyllable, prefix));
  return {
    syllables: new Set(bySyllable.keys()),
    prefixes,
    charactersOf: (token, whole) => (whole ? exact(token) : forPrefix(token)),
    wordsStartingWith: (letter) => byLetter.get(letter) ?? [],
  };
}

/** The characters of every syllable starting with `prefix` ("zh" → zha, zhai, …), best rank first. */
function mergeByRank(bySyllable: ReadonlyMap<string, Ranked[]>, prefix: string): string[] {
  const best = new Map<string, number>();
  for (const [syllable, list] of bySyllable) {
    if (!syllable.startsWith(prefix)) continue;
    for (const { character, rank } of list) best.set(character, Math.min(rank, best.get(character) ?? rank));
  }
  return [...best].sort((a, b) => a[1] - b[1]).map(([character]) => character);
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function memo<V>(make: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = make(key);
    cache.set(key, value);
    return value;
  };
}
