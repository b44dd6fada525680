import { describe, expect, it } from 'vitest';
import { maxPointsPerStroke, maxStrokes, requests } from '../../api.js';
import { PadStrokes } from './pad-strokes.js';

const recognize = requests['handwriting.recognize'].request;

describe('PadStrokes', () => {
  it('keeps one point every few pixels of a finger, and scales the pad to 0–1000 on its longer side', () => {
    const pad = new PadStrokes();
    pad.begin([0, 0]);
    for (let x = 1; x <= 300; x++) pad.extend([x, x / 2]);
    const [stroke] = pad.scaled(600, 400);
    expect(stroke?.length).toBeLessThan(100);
    expect(stroke?.[0]).toEqual([0, 0]);
    expect(stroke?.at(-1)?.[0]).toBeGreaterThan(490);
    expect(stroke?.every(([x, y]) => x <= 1000 && y <= 1000)).toBe(true);
  });

  it('never holds more than a request may carry, however long the scribble', () => {
    const pad = new PadStrokes();
    pad.begin([5, 5]); // a tap first, so the limit falls in the middle of a long stroke
    for (let s = 0; s < maxStrokes + 5; s++) {
      pad.begin([10, 10]);
      for (let k = 1; k < maxPointsPerStroke * 2; k++) pad.extend([10 + (k % 2) * 50, 10 + k]);
    }
    expect(recognize.safeParse({ strokes: pad.scaled(600, 4000) }).success).toBe(true);
  });

  it('takes no stroke past the most a request may carry', () => {
    const pad = new PadStrokes();
    const taken = Array.from({ length: maxStrokes + 5 }, (_, s) => pad.begin([s, s]));
    expect(taken.filter(Boolean)).toHaveLength(maxStrokes);
    expect(pad.scaled(600, 400)).toHaveLength(maxStrokes);
  });

  it('starts again empty after 重写', () => {
    const pad = new PadStrokes();
    pad.begin([1, 1]);
    pad.clear();
    expect(pad.scaled(600, 400)).toEqual([]);
  });
});
