import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { requests } from '../../electron/api/contract.js';
import { maxCandidates } from '../../electron/api/handwriting.js';
import { gb2312Level } from '../../electron/core/handwriting/gb2312.js';
import { coarseOf, recognize, shortlist } from '../../electron/core/handwriting/recognizer.js';
import { normalizeCharacter, type Stroke } from '../../electron/core/handwriting/stroke-geometry.js';
import { strokeSetOf } from '../../electron/core/handwriting/stroke-set.js';
import { gb2312Templates, readCharacterStrokes, type TemplateIndex } from '../../electron/core/handwriting/template-index.js';
import { level2Names } from '../fixtures/level2-names.js';
import { syntheticWriting } from '../support/synthetic-handwriting.js';
import { figure, percentile, type Figure } from './figure.js';

type Reader = (written: Stroke[]) => string[];
type Written = { name: number; character: string; strokes: Stroke[] };
type Tally = { top1: number; top5: number };

/** Distortion levels: 1 as a careful writer on glass, 1.5 a hurried or shaky one (see synthetic-handwriting.ts). */
const levels = [
  { amount: 1, words: 'typical' },
  { amount: 1.5, words: 'careless' },
] as const;

/**
 * `npm run bench -- --only handwriting`: top-1 and top-5 per character and per whole name on the
 * level-2 names, written synthetically from the medians (no real handwriting data set is here), beside
 * the coarse nearest-neighbour pass alone; per-query time in the core beside that pass; the
 * templates' build time and memory.
 */
export async function handwritingFigures(): Promise<Figure[]> {
  const gc = collector();
  gc();
  const before = process.memoryUsage();
  const built = performance.now();
  const index = await gb2312Templates();
  const buildMs = performance.now() - built;
  gc();
  const after = process.memoryUsage();
  const heldMb = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 2 ** 20;
  const ours: Reader = (w) => recognize(index, w, maxCandidates);
  const peer: Reader = (w) => nearestByCoarse(index, w);
  const figures = levels.flatMap(({ amount, words }) => accuracyFigures(writingOf(amount), ours, peer, words));
  const queries = writingOf(1);
  queries.slice(0, 50).forEach((w) => ours(w.strokes)); // warm the JIT, as a core in service is
  const recognizeMs = timed(queries, (w) => ours(requests['handwriting.recognize'].request.parse({ strokes: w }).strokes));
  const coarseMs = timed(queries, peer);
  return [
    ...figures,
    figure(`recognize p50 per character (${queries.length}, zod parse included)`, percentile(recognizeMs, 50), 'ms', 'coarse pass over the index p50', percentile(coarseMs, 50)),
    figure('recognize p95 per character', percentile(recognizeMs, 95), 'ms', 'coarse pass over the index p95', percentile(coarseMs, 95)),
    figure(`templates built on first use (${index.characters.length} characters, in slices)`, buildMs, 'ms', 'target', 3000),
    figure('templates held in memory (heap + array buffers)', heldMb, 'MB', 'the strokes as typed arrays', typedArrayMb(index)),
  ];
}

function accuracyFigures(written: readonly Written[], ours: Reader, peer: Reader, words: string): Figure[] {
  const mine = tally(written, ours);
  const theirs = tally(written, peer);
  const level2 = written.filter((w) => gb2312Level(w.character) === 2);
  const mine2 = tally(level2, ours);
  const theirs2 = tally(level2, peer);
  const per = (t: Tally, n: number) => [(100 * t.top1) / n, (100 * t.top5) / n] as const;
  const [c1, c5] = per(mine.characters, written.length);
  const [p1, p5] = per(theirs.characters, written.length);
  const [l1, l5] = per(mine2.characters, level2.length);
  const [q1, q5] = per(theirs2.characters, level2.length);
  const [n1, n5] = per(mine.names, level2Names.length);
  const [m1, m5] = per(theirs.names, level2Names.length);
  const peerWords = 'coarse nearest neighbour';
  return [
    figure(`${words} writing: top-1 per character (${written.length})`, c1, '%', `${peerWords} top-1`, p1),
    figure(`${words} writing: top-5 per character`, c5, '%', `${peerWords} top-5`, p5),
    figure(`${words} writing: top-1 per level-2 character (${level2.length})`, l1, '%', `${peerWords} top-1`, q1),
    figure(`${words} writing: top-5 per level-2 character`, l5, '%', `${peerWords} top-5`, q5),
    figure(`${words} writing: whole name top-1 (${level2Names.length} names)`, n1, '%', `${peerWords} top-1`, m1),
    figure(`${words} writing: whole name top-5`, n5, '%', `${peerWords} top-5`, m5),
  ];
}

/** Each name's characters written once, each with its own seed. */
function writingOf(amount: number): Written[] {
  return level2Names.flatMap((name, n) =>
    [...name].map((character, i) => ({ name: n, character, strokes: syntheticWriting(readCharacterStrokes(character), { amount, seed: n * 100 + i }) })),
  );
}

/** Characters, and names whose every character was found (first, or among five). */
function tally(written: readonly Written[], read: Reader): { characters: Tally; names: Tally } {
  const characters = { top1: 0, top5: 0 };
  const missed1 = new Set<number>();
  const missed5 = new Set<number>();
  for (const w of written) {
    const candidates = read(w.strokes);
    if (candidates[0] === w.character) characters.top1++;
    else missed1.add(w.name);
    if (candidates.slice(0, 5).includes(w.character)) characters.top5++;
    else missed5.add(w.name);
  }
  const names = new Set(written.map((w) => w.name)).size;
  return { characters, names: { top1: names - missed1.size, top5: names - missed5.size } };
}

/** The peer: the coarse features and stroke count alone, no stroke alignment. */
function nearestByCoarse(index: TemplateIndex, written: Stroke[]): string[] {
  return shortlist(index, coarseOf(strokeSetOf(normalizeCharacter(written)), written.length), written.length, 5).map((c) => index.characters[c] ?? '');
}

function timed(written: readonly Written[], read: Reader): number[] {
  return written.map((w) => {
    const start = performance.now();
    read(w.strokes);
    return performance.now() - start;
  });
}

function typedArrayMb(index: TemplateIndex): number {
  const { strokes } = index;
  return [index.first, index.count, index.features, strokes.floats, strokes.lengths, strokes.joins].reduce((sum, a) => sum + a.byteLength, 0) / 2 ** 20;
}

/** A full collection before each memory reading, so the figure is what the templates hold. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? () => gc() : () => undefined;
}
