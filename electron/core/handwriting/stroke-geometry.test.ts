import { describe, expect, it } from 'vitest';
import { normalizeCharacter, pointsAt, pointsPerStroke, resampleInto, strokeFloats, type Stroke } from './stroke-geometry.js';

const cross: Stroke[] = [
  [[100, 300], [500, 300]],
  [[300, 100], [300, 500]],
];

describe('normalizeCharacter', () => {
  it('gives the same strokes wherever and however large the character was written', () => {
    const smallAndAside = cross.map((s) => s.map(([x, y]) => [x / 4 + 700, y / 4 + 20] as const));
    const a = normalizeCharacter(cross).flat();
    const b = normalizeCharacter(smallAndAside).flat();
    a.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(b[i]?.[0] ?? NaN, 6);
      expect(p[1]).toBeCloseTo(b[i]?.[1] ?? NaN, 6);
    });
    expect(Math.min(...a.map((p) => p[0]))).toBeCloseTo(0);
    expect(Math.max(...a.map((p) => p[1]))).toBeCloseTo(1);
  });

  it('keeps a flat character flat and centred (一 is not stretched into a square)', () => {
    const one = normalizeCharacter([[[120, 400], [880, 410]]]).flat();
    expect(one.map((p) => p[0])).toEqual([0, 1]);
    for (const [, y] of one) expect(Math.abs(y - 0.5)).toBeLessThan(0.01);
  });
});

describe('resampleInto', () => {
  it('spaces the points evenly along the path, from its first point to its last', () => {
    // An L: 3 units down, then 4 across; 7 units in all, a point every unit.
    const out = new Float32Array(strokeFloats);
    resampleInto([[0, 0], [0, 3], [4, 3]], out, 0);
    const points = pointsAt(out, 0);
    expect(points).toHaveLength(pointsPerStroke);
    expect(points[0]).toEqual([0, 0]);
    expect(points.at(-1)?.[0]).toBeCloseTo(4);
    expect(points.at(-1)?.[1]).toBeCloseTo(3);
    for (let k = 1; k < points.length; k++) {
      const [a, b] = [points[k - 1] ?? [0, 0], points[k] ?? [0, 0]];
      expect(Math.hypot(b[0] - a[0], b[1] - a[1])).toBeCloseTo(1, 4);
    }
  });

  it('turns a tap (one point) into a dot rather than failing', () => {
    const out = new Float32Array(strokeFloats);
    resampleInto([[5, 6]], out, 0);
    expect(pointsAt(out, 0).every(([x, y]) => x === 5 && y === 6)).toBe(true);
  });
});
