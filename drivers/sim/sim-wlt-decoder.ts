/**
 * A stand-in for the licensed WLT decoder, for the simulator's cards only: the sim's photo bytes
 * are not WLT but a fixed pattern (cards.ts demoPhoto), so this "decodes" exactly those patterns
 * into a drawn 102x126 BMP, as a reader's decoder gives, and refuses anything else. A real card's
 * photo needs the vendor's decoder (drivers/idcard/photo.ts); this one never pretends to be it.
 */
import type { DecodedPhoto, WltDecoder } from '../idcard/photo.js';
import { DEMO_CARDS } from './cards.js';

const width = 102;
const height = 126;

/** The simulator's cards, each its own colour so a test can tell whose photo arrived. */
const colours: ReadonlyArray<readonly [number, number, number]> = [
  [200, 60, 60],
  [60, 120, 200],
  [60, 160, 90],
  [170, 90, 190],
  [220, 150, 40],
];

export class NotASimulatorPhotoError extends Error {
  override readonly name = 'NotASimulatorPhotoError';
  constructor() {
    super('不是模拟器证件的照片 / not a simulator card photo: a real card needs the vendor\'s licensed WLT decoder');
  }
}

/** A person's head and shoulders on the card's pale blue, the simulator's stand-in for a photo. */
function portrait(colour: readonly [number, number, number]): Buffer {
  const row = Math.ceil((width * 3) / 4) * 4;
  const pixels = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const up = height - 1 - y; // BMP rows run bottom-up
      const head = (x - 51) ** 2 / 22 ** 2 + (up - 48) ** 2 / 28 ** 2 <= 1;
      const shoulders = up > 86 && Math.abs(x - 51) < 12 + (up - 86) * 1.2;
      const [r, g, b] = head ? [238, 205, 180] : shoulders ? colour : [225, 236, 250];
      pixels.set([b, g, r], y * row + x * 3);
    }
  }
  const header = Buffer.alloc(54);
  header.write('BM', 0, 'ascii');
  header.writeUInt32LE(54 + pixels.length, 2);
  header.writeUInt32LE(54, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(width, 18);
  header.writeInt32LE(height, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(24, 28);
  header.writeUInt32LE(pixels.length, 34);
  return Buffer.concat([header, pixels]);
}

export const simulatorWltDecoder: WltDecoder = {
  name: '模拟器证件照片（仅限模拟器证件）/ simulator cards only, not a WLT decoder',
  async decode(wlt: Buffer): Promise<DecodedPhoto> {
    const index = DEMO_CARDS.findIndex((card) => card.photoWlt.equals(wlt));
    const colour = colours[index];
    if (!colour) throw new NotASimulatorPhotoError();
    return { format: 'bmp', bytes: portrait(colour) };
  },
};
