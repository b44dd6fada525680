/**
 * Serial code scanners send each code as text and a suffix, configured on the scanner by scanning
 * a setup code: CR, LF, CR LF or Tab. Some are set with a prefix (a site code, "]" AIM id) and
 * some with no suffix at all; those end a code by falling silent.
 */

export type ScanSuffix = 'cr' | 'lf' | 'crlf' | 'tab';
export const scanSuffixes: readonly ScanSuffix[] = ['cr', 'lf', 'crlf', 'tab'];

export interface LineFramerOptions {
  /** What ends a code. Default: any of CR, LF or CR LF (a CR LF is one end, not two). */
  suffix?: ScanSuffix;
  /** Bytes the scanner puts before every code, taken off when present. Default none. */
  prefix?: Uint8Array;
  /** Longest code kept, in bytes; a longer run is dropped whole. Default 4096, above a full QR code (2953 bytes). */
  maxLength?: number;
  /** Silence after which a code sent without a suffix is taken as ended. Default 100 ms. */
  idleFlushMs?: number;
}

export type LineEvent = { kind: 'line'; bytes: Buffer } | { kind: 'tooLong'; length: number };

const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const suffixBytes: Readonly<Record<ScanSuffix, readonly number[]>> = { cr: [CR], lf: [LF], crlf: [CR, LF], tab: [TAB] };

/**
 * Pure and incremental: bytes go in with the time they arrived, in any chunking, and completed
 * codes come out. Time is passed in, so the idle flush is tested without waiting: the driver
 * calls `expire(now)` once `idleDeadline` has passed.
 */
export class LineFramer {
  private readonly suffix: ScanSuffix | undefined;
  private readonly prefix: Buffer;
  private readonly maxLength: number;
  private readonly idleFlushMs: number;
  private buffer: Buffer = Buffer.alloc(0);
  /** Counting bytes of a code already too long: its rest is skipped up to the next end. */
  private overflow = 0;
  /** A CR ended the last code: an LF right after it belongs to that CR. */
  private afterCr = false;
  private lastByteAt = 0;

  constructor(options: LineFramerOptions = {}) {
    this.suffix = options.suffix;
    this.prefix = Buffer.from(options.prefix ?? []);
    this.maxLength = options.maxLength ?? 4096;
    this.idleFlushMs = options.idleFlushMs ?? 100;
    if (this.suffix !== undefined && !scanSuffixes.includes(this.suffix)) {
      throw new TypeError(`suffix must be one of ${scanSuffixes.join(', ')}, got ${String(this.suffix)}`);
    }
    if (!(Number.isInteger(this.maxLength) && this.maxLength > 0)) throw new TypeError(`maxLength must be a positive whole number, got ${this.maxLength}`);
    if (!(Number.isFinite(this.idleFlushMs) && this.idleFlushMs > 0)) throw new TypeError(`idleFlushMs must be positive, got ${this.idleFlushMs}`);
  }

  /** When a code without its suffix counts as ended; undefined when nothing waits. */
  get idleDeadline(): number | undefined {
    return this.buffer.length > 0 || this.overflow > 0 ? this.lastByteAt + this.idleFlushMs : undefined;
  }

  push(chunk: Uint8Array, now: number): LineEvent[] {
    const events: LineEvent[] = [];
    if (chunk.length > 0) this.lastByteAt = now;
    for (const byte of chunk) {
      const ended = this.ends(byte);
      if (ended === 'skip') continue;
      if (ended) {
        const event = this.take();
        if (event) events.push(event);
      } else {
        this.append(byte);
      }
    }
    return events;
  }

  /** The code still waiting, if the scanner has been silent past `idleDeadline`. */
  expire(now: number): LineEvent[] {
    const deadline = this.idleDeadline;
    if (deadline === undefined || now < deadline) return [];
    const event = this.take();
    return event ? [event] : [];
  }

  /** True: this byte ends a code; 'skip': it is the second half of an end already taken. */
  private ends(byte: number): boolean | 'skip' {
    const afterCr = this.afterCr;
    this.afterCr = false;
    if (this.suffix === undefined) {
      if (byte === LF && afterCr) return 'skip';
      this.afterCr = byte === CR;
      return byte === CR || byte === LF;
    }
    const suffix = suffixBytes[this.suffix];
    if (suffix.length === 1) return byte === suffix[0];
    // CR LF: the CR is held back until the LF proves it was the suffix.
    if (byte === LF && this.buffer.at(-1) === CR) {
      this.buffer = this.buffer.subarray(0, -1);
      return true;
    }
    return false;
  }

  private append(byte: number): void {
    if (this.overflow > 0 || this.buffer.length >= this.maxLength) {
      this.overflow = (this.overflow || this.buffer.length) + 1;
      this.buffer = Buffer.alloc(0);
      return;
    }
    this.buffer = Buffer.concat([this.buffer, Buffer.from([byte])]);
  }

  private take(): LineEvent | undefined {
    const overflow = this.overflow;
    let bytes = this.buffer;
    this.buffer = Buffer.alloc(0);
    this.overflow = 0;
    if (overflow > 0) return { kind: 'tooLong', length: overflow };
    if (this.prefix.length > 0 && bytes.subarray(0, this.prefix.length).equals(this.prefix)) bytes = bytes.subarray(this.prefix.length);
    return bytes.length === 0 ? undefined : { kind: 'line', bytes: Buffer.from(bytes) };
  }
}
