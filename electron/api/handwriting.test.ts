import { describe, expect, it } from 'vitest';
import { handwritingRequests, maxPoints, maxPointsPerStroke, maxStrokes } from './handwriting.js';

const request = handwritingRequests['handwriting.recognize'].request;
const stroke = (points: number, at = 500) => Array.from({ length: points }, (_, i) => [at, i % 1000] as [number, number]);

describe('handwriting.recognize request', () => {
  it('takes strokes inside the pad, and none at all (the warm-up)', () => {
    expect(request.safeParse({ strokes: [stroke(20), stroke(30)] }).success).toBe(true);
    expect(request.safeParse({ strokes: [] }).success).toBe(true);
  });

  it('refuses more strokes, or more points, than a character can have', () => {
    expect(request.safeParse({ strokes: Array.from({ length: maxStrokes + 1 }, () => stroke(2)) }).success).toBe(false);
    expect(request.safeParse({ strokes: [stroke(maxPointsPerStroke + 1)] }).success).toBe(false);
    const many = Array.from({ length: Math.ceil((maxPoints + 1) / maxPointsPerStroke) }, () => stroke(maxPointsPerStroke));
    const refused = request.safeParse({ strokes: many });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/^笔画太多.*too many points/);
  });

  it('refuses points off the pad, not numbers, empty strokes and unknown fields', () => {
    expect(request.safeParse({ strokes: [[[1001, 5]]] }).success).toBe(false);
    expect(request.safeParse({ strokes: [[[-1, 5]]] }).success).toBe(false);
    expect(request.safeParse({ strokes: [[[Number.NaN, 5]]] }).success).toBe(false);
    expect(request.safeParse({ strokes: [[]] }).success).toBe(false);
    expect(request.safeParse({ strokes: [], pad: 'x' }).success).toBe(false);
  });
});
