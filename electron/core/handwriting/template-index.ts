import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { coarseFeaturesInto, featureLength } from './coarse-features.js';
import { gb2312Characters } from './gb2312.js';
import { normalizeCharacter, type Point, type Stroke } from './stroke-geometry.js';
import { emptyStrokeSet, writeStrokes, type StrokeSet } from './stroke-set.js';

/**
 * Every character the pad can recognise, each as its standard strokes' medians (the centre line
 * a brush follows) from Make Me a Hanzi, as packaged by hanzi-writer-data (Arphic Public License,
 * its ARPHICPL.TXT ships beside the data). Built once, on the first request, from GB2312's 6763
 * characters: a citizen's name or address outside them is typed by pinyin (GBK) instead.
 */
export interface TemplateIndex {
  readonly characters: readonly string[];
  /** Index of each character's first stroke in `strokes`. */
  readonly first: Int32Array;
  readonly count: Uint8Array;
  readonly strokes: StrokeSet;
  readonly features: Float32Array;
}

/** The medians of one character, as the package has them: 1024-unit box, y up, baseline at 900 from the top. */
const charDataSchema = z.object({ medians: z.array(z.array(z.tuple([z.number(), z.number()])).min(1)).min(1) });

/** The medians turned to screen coordinates (y down), as a pad's points are. */
export function medianStrokes(medians: readonly (readonly Point[])[]): Stroke[] {
  return medians.map((stroke) => stroke.map(([x, y]): Point => [x, 900 - y]));
}

/** One character's strokes from the package, in screen coordinates. */
export function readCharacterStrokes(character: string): Stroke[] {
  const data = charDataSchema.parse(JSON.parse(readFileSync(join(dataDirectory(), `${character}.json`), 'utf8')));
  return medianStrokes(data.medians);
}

/** Characters read or written between two turns of the event loop: the core keeps answering its devices meanwhile. */
const slice = 250;

/** Every GB2312 character's template, built in slices (about a second in all) so no request waits on the whole. */
export async function gb2312Templates(): Promise<TemplateIndex> {
  const characters = [...gb2312Characters(1), ...gb2312Characters(2)];
  const templates: Template[] = [];
  for (let from = 0; from < characters.length; from += slice) {
    templates.push(...characters.slice(from, from + slice).map((character) => ({ character, strokes: readCharacterStrokes(character) })));
    await nextTurn();
  }
  const builder = indexBuilder(templates);
  for (let from = 0; from < templates.length; from += slice) {
    builder.write(from, Math.min(templates.length, from + slice));
    await nextTurn();
  }
  return builder.index;
}

type Template = { readonly character: string; readonly strokes: readonly Stroke[] };

/** An index of the given characters, built at once (tests, a few characters). */
export function templateIndexOf(templates: readonly Template[]): TemplateIndex {
  const builder = indexBuilder(templates);
  builder.write(0, templates.length);
  return builder.index;
}

/** The index's arrays sized for all the templates; `write` fills in a range of them. */
function indexBuilder(templates: readonly Template[]): { index: TemplateIndex; write: (from: number, to: number) => void } {
  const first = new Int32Array(templates.length);
  const count = new Uint8Array(templates.length);
  let total = 0;
  templates.forEach((t, c) => {
    first[c] = total;
    count[c] = t.strokes.length;
    total += t.strokes.length;
  });
  const strokes = emptyStrokeSet(total);
  const features = new Float32Array(templates.length * featureLength);
  const write = (from: number, to: number) => {
    for (let c = from; c < to; c++) {
      const t = templates[c];
      if (!t) continue;
      writeStrokes(strokes, first[c] ?? 0, normalizeCharacter(t.strokes));
      coarseFeaturesInto(strokes, first[c] ?? 0, t.strokes.length, features, c * featureLength);
    }
  };
  return { index: { characters: templates.map((t) => t.character), first, count, strokes, features }, write };
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function dataDirectory(): string {
  return dirname(createRequire(import.meta.url).resolve('hanzi-writer-data/package.json'));
}
