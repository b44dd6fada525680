import { describe, expect, it } from 'vitest';
import { canGoLouder, canGoQuieter, louder, quieter, voiceFor } from './voice.js';

describe('the citizen’s voice setting', () => {
  it('follows the hall until the citizen chooses', () => {
    expect(voiceFor(null, { speech: false, volume: 40 })).toEqual({ speech: false, volume: 40 });
    expect(voiceFor({ speech: true, volume: 60 }, { speech: false, volume: 40 })).toEqual({ speech: true, volume: 60 });
    expect(voiceFor(null, null)).toEqual({ speech: true, volume: 100 });
  });

  it('steps by a fifth, never to silence and never past full', () => {
    expect(louder({ speech: true, volume: 35 })).toEqual({ speech: true, volume: 40 });
    expect(quieter({ speech: true, volume: 35 })).toEqual({ speech: true, volume: 20 });
    expect(quieter({ speech: true, volume: 20 }).volume).toBe(20);
    expect(louder({ speech: true, volume: 100 }).volume).toBe(100);
    expect(canGoQuieter({ speech: true, volume: 20 })).toBe(false);
    expect(canGoLouder({ speech: true, volume: 100 })).toBe(false);
    expect(canGoLouder({ speech: true, volume: 80 })).toBe(true);
  });
});
