/**
 * Framing of the resident ID card reader (SAM) protocol, both directions:
 *
 *   AA AA AA 96 69 | LEN_HI LEN_LO | BODY ... | CHK
 *
 * LEN counts the body and the checksum byte; CHK is the XOR of both length bytes and every
 * body byte. A request body is command, parameter, data; a reply body is SW1 SW2 SW3, data.
 */

export const PREAMBLE = Buffer.from([0xaa, 0xaa, 0xaa, 0x96, 0x69]);

/**
 * The longest frame the protocol carries is the text + photo + fingerprint reply:
 * 3 status + 6 lengths + 256 text + 1024 photo + 1024 fingerprint + 1 checksum = 0x090A.
 * 0x0A00 leaves room for that and refuses garbage lengths before we wait for bytes that
 * will never come.
 */
export const MAX_FRAME_LENGTH = 0x0a00;

/** Below this no body can be valid: a request needs command and parameter, plus the checksum. */
const MIN_FRAME_LENGTH = 3;
const HEADER_SIZE = PREAMBLE.length + 2;

export function checksum(lengthAndBody: Uint8Array): number {
  let sum = 0;
  for (const byte of lengthAndBody) sum ^= byte;
  return sum;
}

export function encodeFrame(body: Uint8Array): Buffer {
  const length = body.length + 1;
  if (length > MAX_FRAME_LENGTH) {
    throw new RangeError(`frame body of ${body.length} bytes exceeds the protocol maximum ${MAX_FRAME_LENGTH - 1}`);
  }
  const lengthAndBody = Buffer.concat([Buffer.from([length >> 8, length & 0xff]), body]);
  return Buffer.concat([PREAMBLE, lengthAndBody, Buffer.from([checksum(lengthAndBody)])]);
}

export abstract class FrameError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

export class FrameChecksumError extends FrameError {
  override readonly name = 'FrameChecksumError';
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(
      '数据校验错误',
      `frame checksum mismatch (expected 0x${hex(expected)}, got 0x${hex(actual)}): ` +
        'line noise or wrong baud rate; check the cable and --baud',
    );
  }
}

export class FrameLengthError extends FrameError {
  override readonly name = 'FrameLengthError';
  constructor(readonly length: number) {
    super(
      '数据长度错误',
      `frame length 0x${length.toString(16).padStart(4, '0')} is outside 0x0003..0x${MAX_FRAME_LENGTH.toString(16)}: ` +
        'not a SAM reader, or wrong baud rate',
    );
  }
}

export type ParseEvent = { kind: 'frame'; body: Buffer } | { kind: 'error'; error: FrameError };

/**
 * Pure, incremental: feed it bytes in any chunking and it returns what completed. Noise is
 * skipped (and counted in `discardedBytes`); after a bad checksum or length it drops only the
 * first preamble byte and rescans, since a real frame may begin inside what looked like one.
 * The buffer never holds more than one maximal frame.
 */
export class FrameParser {
  private buffer: Buffer = Buffer.alloc(0);
  discardedBytes = 0;

  get bufferedBytes(): number {
    return this.buffer.length;
  }

  push(chunk: Uint8Array): ParseEvent[] {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    const events: ParseEvent[] = [];
    for (let event = this.next(); event; event = this.next()) events.push(event);
    return events;
  }

  /** Forget a partial frame, e.g. after a command timed out. */
  reset(): void {
    this.discardedBytes += this.buffer.length;
    this.buffer = Buffer.alloc(0);
  }

  private next(): ParseEvent | undefined {
    if (!this.alignToPreamble() || this.buffer.length < HEADER_SIZE) return undefined;
    const length = this.buffer.readUInt16BE(PREAMBLE.length);
    if (length < MIN_FRAME_LENGTH || length > MAX_FRAME_LENGTH) {
      return this.resync(new FrameLengthError(length));
    }
    if (this.buffer.length < HEADER_SIZE + length) return undefined;
    const lengthAndBody = this.buffer.subarray(PREAMBLE.length, HEADER_SIZE + length - 1);
    const actual = this.buffer[HEADER_SIZE + length - 1] ?? 0;
    const expected = checksum(lengthAndBody);
    if (actual !== expected) return this.resync(new FrameChecksumError(expected, actual));
    const body = Buffer.from(lengthAndBody.subarray(2));
    this.buffer = this.buffer.subarray(HEADER_SIZE + length);
    return { kind: 'frame', body };
  }

  private resync(error: FrameError): ParseEvent {
    this.discard(1);
    return { kind: 'error', error };
  }

  /** Drops bytes before the preamble; keeps a tail that may be the start of one. */
  private alignToPreamble(): boolean {
    const at = this.buffer.indexOf(PREAMBLE);
    if (at >= 0) {
      this.discard(at);
      return true;
    }
    this.discard(Math.max(0, this.buffer.length - (PREAMBLE.length - 1)));
    return false;
  }

  private discard(count: number): void {
    this.discardedBytes += count;
    this.buffer = this.buffer.subarray(count);
  }
}

export interface Request {
  command: number;
  parameter: number;
  data: Buffer;
}

export interface Reply {
  sw1: number;
  sw2: number;
  sw3: number;
  data: Buffer;
}

export function encodeRequest(command: number, parameter: number, data: Uint8Array = Buffer.alloc(0)): Buffer {
  return encodeFrame(Buffer.concat([Buffer.from([command, parameter]), data]));
}

export function encodeReply(sw3: number, data: Uint8Array = Buffer.alloc(0)): Buffer {
  return encodeFrame(Buffer.concat([Buffer.from([0x00, 0x00, sw3]), data]));
}

/** Returns undefined when the body is too short to be a request. */
export function parseRequest(body: Buffer): Request | undefined {
  if (body.length < 2) return undefined;
  return { command: body[0] ?? 0, parameter: body[1] ?? 0, data: body.subarray(2) };
}

/** Returns undefined when the body is too short to be a reply. */
export function parseReply(body: Buffer): Reply | undefined {
  if (body.length < 3) return undefined;
  return { sw1: body[0] ?? 0, sw2: body[1] ?? 0, sw3: body[2] ?? 0, data: body.subarray(3) };
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0').toUpperCase();
}
