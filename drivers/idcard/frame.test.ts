import { describe, expect, it } from 'vitest';
import { prng } from '../../tests/support/prng.js';
import {
  FrameChecksumError, FrameLengthError, FrameParser, MAX_FRAME_LENGTH, PREAMBLE,
  encodeFrame, encodeReply, encodeRequest, parseReply, parseRequest, type ParseEvent,
} from './frame.js';


function feed(parser: FrameParser, bytes: Buffer, sizes: () => number): ParseEvent[] {
  const events: ParseEvent[] = [];
  for (let offset = 0; offset < bytes.length; ) {
    const size = Math.max(1, sizes());
    events.push(...parser.push(bytes.subarray(offset, offset + size)));
    offset += size;
  }
  return events;
}

const bodies = (events: ParseEvent[]): string[] =>
  events.flatMap((e) => (e.kind === 'frame' ? [e.body.toString('hex')] : []));
const errors = (events: ParseEvent[]): Error[] => events.flatMap((e) => (e.kind === 'error' ? [e.error] : []));

const findCard = encodeRequest(0x20, 0x01);
const cardData = encodeReply(0x90, Buffer.from(Array.from({ length: 1284 }, (_, i) => i & 0xff)));
const stream = Buffer.concat([findCard, cardData, encodeReply(0x9f, Buffer.alloc(4))]);

describe('encodeFrame', () => {
  it('writes the well-known find-card request byte for byte', () => {
    expect(findCard.toString('hex')).toBe('aaaaaa96690003200122');
  });

  it('refuses a body the protocol cannot carry', () => {
    expect(() => encodeFrame(Buffer.alloc(MAX_FRAME_LENGTH))).toThrow(/exceeds the protocol maximum/);
  });

  it('splits request and reply bodies into their fields', () => {
    const request = parseRequest(Buffer.from([0x30, 0x01, 0xab]));
    expect(request).toEqual({ command: 0x30, parameter: 0x01, data: Buffer.from([0xab]) });
    expect(parseReply(Buffer.from([0, 0, 0x80]))).toEqual({ sw1: 0, sw2: 0, sw3: 0x80, data: Buffer.alloc(0) });
    expect(parseReply(Buffer.from([0, 0]))).toBeUndefined();
  });
});

describe('FrameParser', () => {
  const expected = ['2001', `000090${cardData.subarray(10, -1).toString('hex')}`, '00009f00000000'];

  it('assembles frames fed one byte at a time', () => {
    expect(bodies(feed(new FrameParser(), stream, () => 1))).toEqual(expected);
  });

  it.each([2, 3, 7, 64, 1000, stream.length])('assembles frames fed in chunks of %i', (size) => {
    expect(bodies(feed(new FrameParser(), stream, () => size))).toEqual(expected);
  });

  it.each([1, 2, 3, 42, 2024])('assembles frames from random splits (seed %i)', (seed) => {
    const random = prng(seed);
    expect(bodies(feed(new FrameParser(), stream, () => Math.floor(random() * 40)))).toEqual(expected);
  });

  it('skips noise before and between frames, counting what it dropped', () => {
    const noise = Buffer.from([0x00, 0xff, 0xaa, 0xaa, 0x96, 0x13]);
    const parser = new FrameParser();
    const random = prng(7);
    const events = feed(parser, Buffer.concat([noise, findCard, noise, cardData, noise]), () => Math.floor(random() * 9));
    expect(bodies(events)).toEqual(expected.slice(0, 2));
    expect(errors(events)).toEqual([]);
    expect(parser.discardedBytes).toBe(noise.length * 2 + noise.length - 4);
  });

  it('reports a bad checksum as its own error and still reads the next frame', () => {
    const corrupted = Buffer.from(findCard);
    corrupted[corrupted.length - 1] = 0x23;
    const events = new FrameParser().push(Buffer.concat([corrupted, findCard]));
    expect(errors(events)).toHaveLength(1);
    const [error] = errors(events);
    expect(error).toBeInstanceOf(FrameChecksumError);
    expect(error?.message).toBe(
      '数据校验错误 / frame checksum mismatch (expected 0x22, got 0x23): line noise or wrong baud rate; check the cable and --baud',
    );
    expect(bodies(events)).toEqual(['2001']);
  });

  it('refuses an over-long length at once instead of waiting for bytes that never come', () => {
    const parser = new FrameParser();
    const events = parser.push(Buffer.concat([PREAMBLE, Buffer.from([0x0a, 0x01])]));
    expect(errors(events)[0]).toBeInstanceOf(FrameLengthError);
    expect(errors(events)[0]?.message).toMatch(/frame length 0x0a01 is outside 0x0003\.\.0xa00/);
    expect(parser.push(findCard).filter((e) => e.kind === 'frame')).toHaveLength(1);
  });

  it('finds a real frame that starts inside a false one', () => {
    // A stray preamble whose "length" swallows the real frame: resync must rescan inside it.
    const falseStart = Buffer.concat([PREAMBLE, Buffer.from([0x00, 0x05])]);
    const events = new FrameParser().push(Buffer.concat([falseStart, findCard]));
    expect(errors(events)[0]).toBeInstanceOf(FrameChecksumError);
    expect(bodies(events)).toEqual(['2001']);
  });

  it('holds no more than a partial preamble while reading noise', () => {
    const parser = new FrameParser();
    const random = prng(99);
    const noise = Buffer.from(Array.from({ length: 1 << 20 }, () => Math.floor(random() * 0x80)));
    expect(parser.push(noise)).toEqual([]);
    expect(parser.bufferedBytes).toBeLessThan(PREAMBLE.length);
  });

  it('holds at most one maximal frame while one is arriving', () => {
    const parser = new FrameParser();
    parser.push(Buffer.concat([PREAMBLE, Buffer.from([0x0a, 0x00]), Buffer.alloc(MAX_FRAME_LENGTH - 1)]));
    expect(parser.bufferedBytes).toBe(PREAMBLE.length + 2 + MAX_FRAME_LENGTH - 1);
    parser.reset();
    expect(parser.bufferedBytes).toBe(0);
  });
});
