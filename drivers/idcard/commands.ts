/** The SAM commands we use and the layouts of their reply data, shared by reader and simulator. */
import { ReaderProtocolError } from './status.js';

export interface Command {
  readonly command: number;
  readonly parameter: number;
}

export const COMMANDS = {
  resetSam: { command: 0x10, parameter: 0xff },
  samStatus: { command: 0x11, parameter: 0xff },
  readSamId: { command: 0x12, parameter: 0xff },
  findCard: { command: 0x20, parameter: 0x01 },
  selectCard: { command: 0x20, parameter: 0x02 },
  readTextPhoto: { command: 0x30, parameter: 0x01 },
  readAppendedAddress: { command: 0x30, parameter: 0x03 },
  readTextPhotoFingerprint: { command: 0x30, parameter: 0x10 },
} as const satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;

export function commandName(command: number, parameter: number): CommandName | undefined {
  const entries = Object.entries(COMMANDS) as [CommandName, Command][];
  return entries.find(([, c]) => c.command === command && c.parameter === parameter)?.[0];
}

export const SAM_ID_SIZE = 16;
export const PHOTO_SIZE = 1024;
export const FINGERPRINT_SIZE = 1024;
export const APPENDED_ADDRESS_SIZE = 70;

/**
 * The SAM id as printed on the module's label, "05.01-20101118-0003243917-1234567890":
 * two 16-bit and three 32-bit little-endian numbers.
 */
export function decodeSamId(data: Buffer): string {
  if (data.length < SAM_ID_SIZE) throw new ReaderProtocolError(`SAM id of ${data.length} bytes, expected ${SAM_ID_SIZE}`);
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return [
    `${pad(data.readUInt16LE(0), 2)}.${pad(data.readUInt16LE(2), 2)}`,
    pad(data.readUInt32LE(4), 8),
    pad(data.readUInt32LE(8), 10),
    pad(data.readUInt32LE(12), 10),
  ].join('-');
}

export function encodeSamId(samId: string): Buffer {
  const match = /^(\d+)\.(\d+)-(\d+)-(\d+)-(\d+)$/.exec(samId);
  if (!match) throw new RangeError(`SAM id "${samId}" is not like 05.01-20101118-0003243917-1234567890`);
  const data = Buffer.alloc(SAM_ID_SIZE);
  data.writeUInt16LE(Number(match[1]), 0);
  data.writeUInt16LE(Number(match[2]), 2);
  data.writeUInt32LE(Number(match[3]), 4);
  data.writeUInt32LE(Number(match[4]), 8);
  data.writeUInt32LE(Number(match[5]), 12);
  return data;
}

/**
 * Reply data of 30 01 and 30 10: big-endian lengths of each block, then the blocks in order
 * (text, photo[, fingerprint]). The lengths are trusted only as far as the bytes go.
 */
export function splitBlocks(data: Buffer, count: number): Buffer[] {
  if (data.length < count * 2) throw new ReaderProtocolError(`card data of ${data.length} bytes has no block lengths`);
  const lengths = Array.from({ length: count }, (_, index) => data.readUInt16BE(index * 2));
  const total = lengths.reduce((sum, length) => sum + length, count * 2);
  if (total !== data.length) {
    throw new ReaderProtocolError(`card data lengths ${lengths.join('+')} do not add up to the ${data.length} bytes sent`);
  }
  let offset = count * 2;
  return lengths.map((length) => {
    const block = data.subarray(offset, offset + length);
    offset += length;
    return Buffer.from(block);
  });
}

export function joinBlocks(blocks: readonly Buffer[]): Buffer {
  const lengths = Buffer.alloc(blocks.length * 2);
  blocks.forEach((block, index) => lengths.writeUInt16BE(block.length, index * 2));
  return Buffer.concat([lengths, ...blocks]);
}
