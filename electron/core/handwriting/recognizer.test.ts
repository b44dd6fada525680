import { beforeAll, describe, expect, it } from 'vitest';
import { level2Names } from '../../../tests/fixtures/level2-names.js';
import { syntheticWriting } from '../../../tests/support/synthetic-handwriting.js';
import { gb2312Level } from './gb2312.js';
import { handwritingHandlers } from './handwriting-handlers.js';
import { recognize } from './recognizer.js';
import { gb2312Templates, readCharacterStrokes, templateIndexOf, type TemplateIndex } from './template-index.js';

const nameCharacters = [...new Set(level2Names.join(''))];
const level2 = nameCharacters.filter((c) => gb2312Level(c) === 2);
let index: TemplateIndex;

beforeAll(async () => {
  index = await gb2312Templates();
});

describe('recognize over all 6763 GB2312 characters', () => {
  it('finds each level-2 name character first from its own clean medians', () => {
    const misses = level2.filter((c) => recognize(index, readCharacterStrokes(c), 5)[0] !== c);
    expect(misses).toEqual([]);
  });

  it('keeps most distorted writing within the first five (slanted, wobbly, strokes joined or swapped)', () => {
    const found = level2.filter((c) => recognize(index, syntheticWriting(readCharacterStrokes(c), { amount: 1, seed: c.codePointAt(0) ?? 0 }), 5).includes(c));
    expect(found.length / level2.length).toBeGreaterThan(0.9);
  });

  it('still puts a character first when two of its middle strokes are run together, or written in the other order', () => {
    const misses = nameCharacters.filter((c) => {
      const strokes = readCharacterStrokes(c);
      const k = Math.max(0, Math.floor(strokes.length / 2) - 1);
      const [a = [], b = []] = [strokes[k], strokes[k + 1]];
      const joined = [...strokes.slice(0, k), [...a, ...b], ...strokes.slice(k + 2)];
      const swapped = [...strokes.slice(0, k), b, a, ...strokes.slice(k + 2)];
      return recognize(index, joined, 1)[0] !== c || recognize(index, swapped, 1)[0] !== c;
    });
    expect(misses).toEqual([]);
  });
});

describe('handwriting.recognize', () => {
  const small = templateIndexOf(['一', '十', '王'].map((character) => ({ character, strokes: readCharacterStrokes(character) })));
  const handlers = handwritingHandlers(() => Promise.resolve(small));

  it('answers the pad with candidates, best first', async () => {
    expect((await handlers['handwriting.recognize']({ strokes: [[[100, 500], [900, 510]], [[500, 100], [505, 900]]] })).candidates[0]).toBe('十');
  });

  it('answers an empty pad (the warm-up) with no candidates', async () => {
    expect(await handlers['handwriting.recognize']({ strokes: [] })).toEqual({ candidates: [] });
  });
});
