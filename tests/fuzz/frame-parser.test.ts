/**
 * 100,000 random and mutated frames, fed as one stream in random chunks, and each one alone
 * through the reply decoding: only frames and typed errors come out, never an exception, the
 * parser never holds more than one maximal frame, and every frame it yields was on the wire with
 * a valid checksum. Seeded, so a failure replays.
 */
import { describe, expect, it } from 'vitest';
import { prng } from '../support/prng.js';
import { joinBlocks, splitBlocks } from '../../drivers/idcard/commands.js';
import {
  FrameError, FrameParser, MAX_FRAME_LENGTH, encodeReply, encodeRequest, parseReply, type ParseEvent,
} from '../../drivers/idcard/frame.js';
import { ReaderProtocolError } from '../../drivers/idcard/status.js';
import { CardTextError, TEXT_BLOCK_SIZE, decodeText, encodeText } from '../../drivers/idcard/text.js';
import { DEMO_CARDS } from '../../drivers/sim/cards.js';

const FRAMES = 100_000;
const SEED = 0x7a0b_a4;
/** The longest a frame is on the wire: preamble, length, then at most MAX_FRAME_LENGTH bytes. */
const MAX_WIRE = 7 + MAX_FRAME_LENGTH;

const random = prng(SEED);
const int = (below: number): number => Math.floor(random() * below);

const seeds: Buffer[] = [
  encodeRequest(0x20, 0x01),
  encodeRequest(0x30, 0x01),
  encodeReply(0x9f, Buffer.alloc(4)),
  encodeReply(0x80),
  ...DEMO_CARDS.map((card) => encodeReply(0x90, joinBlocks([encodeText(card.text), card.photoWlt]))),
];

function randomBytes(length: number): Buffer {
  return Buffer.from(Array.from({ length }, () => int(256)));
}

/** One of: pure noise, a frame with flipped bytes, cut short, grown, or with a forged length. */
function mutated(): Buffer {
  const kind = int(5);
  if (kind === 0) return randomBytes(int(64));
  const frame = Buffer.from(seeds[int(seeds.length)] ?? seeds[0] ?? Buffer.alloc(0));
  if (kind === 1) {
    for (let flips = 1 + int(4); flips > 0; flips--) frame[int(frame.length)] = int(256);
    return frame;
  }
  if (kind === 2) return frame.subarray(0, int(frame.length));
  if (kind === 3) return Buffer.concat([frame.subarray(0, int(frame.length)), randomBytes(1 + int(8)), frame.subarray(int(frame.length))]);
  frame.writeUInt16BE(int(0x10000), 5);
  return frame;
}

function assertTyped(events: ParseEvent[]): void {
  for (const event of events) {
    if (event.kind === 'error') expect(event.error).toBeInstanceOf(FrameError);
    else expect(event.body.length).toBeGreaterThanOrEqual(2);
  }
}

/**
 * The bytes a frame with this body has on the wire. The checksum (XOR of the length bytes and the
 * body) is computed here, not taken from the parser under test, so a parser that skips its check
 * cannot vouch for itself.
 */
function onTheWire(body: Buffer): Buffer {
  const length = body.length + 1;
  let sum = (length >> 8) ^ (length & 0xff);
  for (const byte of body) sum ^= byte;
  return Buffer.concat([Buffer.from([0xaa, 0xaa, 0xaa, 0x96, 0x69, length >> 8, length & 0xff]), body, Buffer.from([sum])]);
}

/** Every frame yielded must have come in, checksum and all, within `received`. */
function assertChecksummed(events: ParseEvent[], received: Buffer): void {
  for (const event of events) {
    if (event.kind === 'frame' && !received.includes(onTheWire(event.body))) {
      expect.fail(`the parser yielded a ${event.body.length}-byte frame that never arrived with a valid checksum`);
    }
  }
}

/** What the reader does with a frame's body; a malformed one may only say so in its own type. */
function decodeReply(body: Buffer): void {
  const reply = parseReply(body);
  if (!reply) return;
  try {
    const [text] = splitBlocks(reply.data, 2);
    if (text?.length === TEXT_BLOCK_SIZE) decodeText(text);
  } catch (error) {
    if (!(error instanceof ReaderProtocolError || error instanceof CardTextError)) throw error;
  }
}

describe('the SAM frame parser under fuzz', () => {
  it(`turns ${FRAMES.toLocaleString('en')} random and mutated frames into frames and typed errors only`, () => {
    const stream = new FrameParser();
    let frames = 0;
    // What the stream parser may still hold the start of: a frame it yields began no earlier.
    let earlier = Buffer.alloc(0);
    for (let i = 0; i < FRAMES; i++) {
      const bytes = mutated();
      const alone = new FrameParser().push(bytes);
      assertTyped(alone);
      assertChecksummed(alone, bytes);
      for (const event of alone) if (event.kind === 'frame') decodeReply(event.body);
      const received = Buffer.concat([earlier, bytes]);
      for (let offset = 0; offset < bytes.length; ) {
        const size = 1 + int(300);
        const events = stream.push(bytes.subarray(offset, offset + size));
        assertTyped(events);
        assertChecksummed(events, received);
        frames += events.filter((e) => e.kind === 'frame').length;
        offset += size;
      }
      expect(stream.bufferedBytes).toBeLessThanOrEqual(MAX_WIRE);
      earlier = received.subarray(-MAX_WIRE);
    }
    expect(frames).toBeGreaterThan(0);
    // Whatever state the fuzz left it in, one maximal frame's worth of noise later it reads again.
    const reply = seeds[4] ?? Buffer.alloc(0);
    const after = stream.push(Buffer.concat([Buffer.alloc(MAX_WIRE), reply]));
    expect(after.at(-1)).toEqual({ kind: 'frame', body: reply.subarray(7, -1) });
  });
});
