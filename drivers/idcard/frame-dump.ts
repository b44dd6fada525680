/**
 * Frames as debug logs may show them. Card data never reaches a log (DESIGN.md: PII is never
 * logged), so everything past the status is shown only when it is short enough to be protocol
 * chatter (find-card, select, SAM id: 16 bytes at most); longer data (text, photo, fingerprint,
 * appended address) is replaced by the sizes of its blocks.
 */
import { PREAMBLE, checksum } from './frame.js';

/** The SAM id, the longest reply data that carries nothing about a person. */
const MAX_SHOWN_DATA = 16;
const HEADER_SIZE = PREAMBLE.length + 2;
/** Command and parameter of a request, or SW1 SW2 SW3 of a reply: at most three bytes. */
const STATUS_SIZE = 3;
const BLOCK_NAMES = ['text', 'photo', 'fingerprint'];

export type Direction = 'request' | 'reply';

export function dumpFrame(frame: Uint8Array, direction: Direction): string {
  const bytes = Buffer.from(frame);
  const length = bytes.length >= HEADER_SIZE ? bytes.readUInt16BE(PREAMBLE.length) : -1;
  const whole = bytes.subarray(0, PREAMBLE.length).equals(PREAMBLE) && bytes.length === HEADER_SIZE + length;
  if (!whole) {
    // A cut-off reply may hold the start of a name right after its header: show the header only.
    return `${direction} ${bytes.length} B, not a whole frame: ${hex(bytes.subarray(0, HEADER_SIZE + STATUS_SIZE))}…`;
  }
  const body = bytes.subarray(HEADER_SIZE, -1);
  const head = direction === 'request' ? 2 : STATUS_SIZE;
  const data = body.subarray(head);
  const check = bytes.at(-1) === checksum(bytes.subarray(PREAMBLE.length, -1)) ? 'ok' : 'BAD';
  return `${direction} ${hex(bytes.subarray(0, HEADER_SIZE))} | ${hex(body.subarray(0, head))} | ${describeData(data)} | checksum ${check}`;
}

function describeData(data: Buffer): string {
  if (data.length === 0) return 'no data';
  if (data.length <= MAX_SHOWN_DATA) return hex(data);
  for (const count of [3, 2]) {
    const sizes = blockSizes(data, count);
    if (sizes) return sizes.map((size, index) => `${BLOCK_NAMES[index]} ${size} B redacted`).join(', ');
  }
  return `${data.length} B redacted`;
}

/** The block sizes when the data is `count` length-prefixed blocks that add up, else undefined. */
function blockSizes(data: Buffer, count: number): number[] | undefined {
  if (data.length < count * 2) return undefined;
  const sizes = Array.from({ length: count }, (_, index) => data.readUInt16BE(index * 2));
  return sizes.reduce((sum, size) => sum + size, count * 2) === data.length ? sizes : undefined;
}

function hex(bytes: Buffer): string {
  return bytes.toString('hex').replace(/(..)(?!$)/g, '$1 ');
}
