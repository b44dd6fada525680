import { describe, expect, it } from 'vitest';
import { afterTap } from './corner-taps.js';

function taps(times: number[]): boolean[] {
  let kept: number[] = [];
  return times.map((at) => {
    const next = afterTap(kept, at);
    kept = next.times;
    return next.opens;
  });
}

describe('the hidden corner gesture', () => {
  it('opens on the fifth tap within three seconds', () => {
    expect(taps([0, 500, 1000, 1500, 2000])).toEqual([false, false, false, false, true]);
  });

  it('does not open when the taps are spread over more than three seconds', () => {
    expect(taps([0, 1000, 2000, 3000, 4000])).toEqual([false, false, false, false, false]);
  });

  it('starts counting again after it opened', () => {
    expect(taps([0, 1, 2, 3, 4, 5]).at(-1)).toBe(false);
  });
});
