import { describe, expect, it } from 'vitest';
import { tokenFromFragment } from './token.js';

describe('tokenFromFragment', () => {
  it('reads #token= and decodes it', () => {
    expect(tokenFromFragment('#token=abc%2Fdef')).toBe('abc/def');
    expect(tokenFromFragment('#other=1&token=xyz')).toBe('xyz');
  });

  it('says null when there is none', () => {
    expect(tokenFromFragment('')).toBeNull();
    expect(tokenFromFragment('#token=')).toBeNull();
  });
});
