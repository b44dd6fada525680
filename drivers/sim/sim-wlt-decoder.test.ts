import { describe, expect, it } from 'vitest';
import { CHEN_XIAOXIN, XIANG_JIANGUO } from './cards.js';
import { NotASimulatorPhotoError, simulatorWltDecoder } from './sim-wlt-decoder.js';

describe("the simulator's card photo decoder", () => {
  it("draws a 102x126 BMP for a simulator card's photo bytes, one per card", async () => {
    const chen = await simulatorWltDecoder.decode(CHEN_XIAOXIN.photoWlt);
    expect(chen.format).toBe('bmp');
    expect(chen.bytes.subarray(0, 2).toString('ascii')).toBe('BM');
    expect([chen.bytes.readInt32LE(18), chen.bytes.readInt32LE(22)]).toEqual([102, 126]);
    expect((await simulatorWltDecoder.decode(XIANG_JIANGUO.photoWlt)).bytes.equals(chen.bytes)).toBe(false);
  });

  it('refuses any other bytes: a real WLT photo needs the vendor decoder', async () => {
    await expect(simulatorWltDecoder.decode(Buffer.alloc(1024, 7))).rejects.toBeInstanceOf(NotASimulatorPhotoError);
  });
});
