import { describe, expect, it } from 'vitest';
import { dayGroups } from './day-groups.js';

describe('opening days in words', () => {
  it('joins consecutive days into runs', () => {
    expect(dayGroups([1, 2, 3, 4, 5])).toEqual([[1, 5]]);
    expect(dayGroups([7, 1, 2, 4])).toEqual([
      [1, 2],
      [4, 4],
      [7, 7],
    ]);
  });
});
