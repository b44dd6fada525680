import { describe, expect, it } from 'vitest';
import { idNumberProblem } from './id-number.js';

const today = new Date('2026-11-23T00:00:00Z');

/** What the identify screen tells a citizen who typed each of these. */
describe('idNumberProblem', () => {
  it.each([
    ['11010519491231002X', undefined],
    ['11010519491231002x', undefined],
    ['110105 19491231 002X', undefined],
    ['1101051949123100', 'length'],
    ['11010519491231002X1', 'length'],
    ['1101051949123100X2', 'characters'],
    ['110105194902300021', 'birthDate'],
    ['110105209901010021', 'birthDate'],
    ['110105194912310021', 'checkDigit'],
  ])('%s → %s', (typed, problem) => {
    expect(idNumberProblem(typed, today)).toBe(problem);
  });
});
