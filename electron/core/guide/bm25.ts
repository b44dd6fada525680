import type { Tokens } from './words.js';

/** How much a token found in each part of an entry counts: its name says most, the guide text least. */
export const fieldWeights = { name: 3, synonym: 2, guide: 1 } as const;
export type Field = keyof typeof fieldWeights;

/** How much each kind of token counts in a score: words carry meaning, characters and pinyin catch near misses. */
const channelWeights: Record<keyof Tokens, number> = { words: 1, chars: 0.35, pinyin: 0.3 };
const channels = Object.keys(channelWeights) as (keyof Tokens)[];

/** The usual BM25 constants: term frequency saturates by k1, length normalisation at b. */
const k1 = 1.2;
const b = 0.75;

export interface FieldText {
  field: Field;
  tokens: Tokens;
}

interface Channel {
  /** Per token, the documents holding it and its field-weighted frequency there. */
  postings: Map<string, { document: number; frequency: number }[]>;
  lengths: number[];
  averageLength: number;
}

function channelOf(documents: readonly (readonly FieldText[])[], kind: keyof Tokens): Channel {
  const frequencies = documents.map((fields) => {
    const tf = new Map<string, number>();
    for (const { field, tokens } of fields) for (const token of tokens[kind]) tf.set(token, (tf.get(token) ?? 0) + fieldWeights[field]);
    return tf;
  });
  const lengths = frequencies.map((tf) => [...tf.values()].reduce((sum, n) => sum + n, 0));
  const postings = new Map<string, { document: number; frequency: number }[]>();
  frequencies.forEach((tf, document) => {
    for (const [token, frequency] of tf) {
      const list = postings.get(token);
      if (list) list.push({ document, frequency });
      else postings.set(token, [{ document, frequency }]);
    }
  });
  const averageLength = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length);
  return { postings, lengths, averageLength };
}

/** BM25 over documents of weighted fields (a simple BM25F), scored per kind of token and summed. */
export class Bm25 {
  private readonly channels: Record<keyof Tokens, Channel>;

  constructor(private readonly documents: readonly (readonly FieldText[])[]) {
    this.channels = { words: channelOf(documents, 'words'), chars: channelOf(documents, 'chars'), pinyin: channelOf(documents, 'pinyin') };
  }

  /** Each document's score for the query, by index; 0 where nothing matched. */
  scores(query: Tokens): Float64Array {
    const scores = new Float64Array(this.documents.length);
    for (const kind of channels) this.addChannel(scores, this.channels[kind], new Set(query[kind]), channelWeights[kind]);
    return scores;
  }

  private addChannel(scores: Float64Array, channel: Channel, tokens: ReadonlySet<string>, weight: number): void {
    const n = this.documents.length;
    for (const token of tokens) {
      const postings = channel.postings.get(token) ?? [];
      const idf = Math.log(1 + (n - postings.length + 0.5) / (postings.length + 0.5));
      for (const { document, frequency: f } of postings) {
        const norm = 1 - b + (b * (channel.lengths[document] ?? 0)) / channel.averageLength;
        scores[document] = (scores[document] ?? 0) + (weight * idf * f * (k1 + 1)) / (f + k1 * norm);
      }
    }
  }
}
