import { describe, expect, it } from 'vitest';
import { demoPhoto } from '../sim/cards.js';
import { NoWltDecoderError, decodePhoto, registerWltDecoder, wltDecoder } from './photo.js';

describe('the WLT decoder plug-in point', () => {
  it('says plainly that no decoder is installed, then uses the one registered', async () => {
    expect(wltDecoder()).toBeUndefined();
    await expect(decodePhoto(demoPhoto(1))).rejects.toBeInstanceOf(NoWltDecoderError);
    // A stand-in with the decoder's shape; the real one is a vendor's licensed binary.
    registerWltDecoder({ name: 'test stand-in', decode: async (wlt) => ({ format: 'bmp', bytes: wlt.subarray(0, 4) }) });
    expect(wltDecoder()?.name).toBe('test stand-in');
    await expect(decodePhoto(demoPhoto(1))).resolves.toEqual({ format: 'bmp', bytes: demoPhoto(1).subarray(0, 4) });
  });
});
