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

export function gb2312Templates(): TemplateIndex {
  const characters = [...gb2312Characters(1), ...gb2312Characters(2)];
  return templateIndexOf(characters.map((character) => ({ character, strokes: readCharacterStrokes(character) })));
}

export function templateIndexOf(templates: readonly { character: string; strokes: readonly Stroke[] }[]): TemplateIndex {
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
  templates.forEach((t, c) => {
    writeStrokes(strokes, first[c] ?? 0, normalizeCharacter(t.strokes));
    coarseFeaturesInto(strokes, first[c] ?? 0, t.strokes.length, features, c * featureLength);
  });
  return { characters: templates.map((t) => t.character), first, count, strokes, features };
}

function dataDirectory(): string {
  return dirname(createRequire(import.meta.url).resolve('hanzi-writer-data/package.json'));
}
