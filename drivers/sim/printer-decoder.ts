/**
 * A streaming ESC/POS decoder: fed arbitrary chunks, it returns the commands they complete.
 * It understands every command drivers/printer/escpos.ts emits, knows the length of the other
 * common ones so it can skip them whole (image data included, without buffering it), and skips
 * an unknown ESC/GS/FS command as two bytes, so no input can stall it.
 */

export type DecodedCommand =
  | { kind: 'text'; bytes: Buffer }
  | { kind: 'lineFeed' }
  | { kind: 'initialize' }
  | { kind: 'chineseMode'; on: boolean }
  | { kind: 'align'; alignment: 'left' | 'center' | 'right' }
  | { kind: 'bold'; on: boolean }
  | { kind: 'underline'; thickness: number }
  | { kind: 'size'; width: number; height: number }
  | { kind: 'lineSpacing'; dots: number | undefined }
  | { kind: 'feed'; lines: number }
  | { kind: 'qrModuleSize'; size: number }
  | { kind: 'qrErrorLevel'; level: 'L' | 'M' | 'Q' | 'H' }
  | { kind: 'qrStore'; data: Buffer }
  | { kind: 'qrPrint' }
  | { kind: 'barcodeHeight'; dots: number }
  | { kind: 'barcodeWidth'; moduleWidth: number }
  | { kind: 'barcode'; system: number; data: Buffer }
  | { kind: 'cut'; mode: 'partial' | 'full' }
  | { kind: 'status'; n: number }
  | { kind: 'skipped'; command: string };

/** A command's total length, and what it means once all of it is here. */
interface Parsed {
  length: number;
  decode?: (bytes: Buffer) => DecodedCommand;
}

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const LF = 0x0a;
/** Larger than any command we keep (GS ( k carries at most 65,535 bytes). */
const MAX_PENDING = 70_000;

export class EscPosDecoder {
  private pending = Buffer.alloc(0);
  /** Bytes still to drop of a long command we skip (a raster image), so it is never buffered. */
  private skipping = 0;

  push(chunk: Uint8Array): DecodedCommand[] {
    this.pending = Buffer.concat([this.pending, this.dropSkipped(Buffer.from(chunk))]);
    const out: DecodedCommand[] = [];
    let at = 0;
    while (at < this.pending.length) {
      const parsed = parseAt(this.pending, at);
      if (!parsed) break;
      const available = this.pending.length - at;
      if (parsed.decode && parsed.length > available) break;
      if (parsed.length > available) {
        this.skipping = parsed.length - available;
        at = this.pending.length;
        break;
      }
      if (parsed.decode) out.push(parsed.decode(this.pending.subarray(at, at + parsed.length)));
      at += parsed.length;
    }
    this.pending = this.pending.subarray(at);
    if (this.pending.length > MAX_PENDING) this.pending = Buffer.alloc(0);
    return out;
  }

  private dropSkipped(chunk: Buffer): Buffer {
    const dropped = Math.min(this.skipping, chunk.length);
    this.skipping -= dropped;
    return chunk.subarray(dropped);
  }
}

/** null: not enough bytes yet to know the command's length. */
function parseAt(buffer: Buffer, at: number): Parsed | null {
  const first = buffer[at] ?? 0;
  if (first >= 0x20) return textRun(buffer, at);
  if (first === LF) return { length: 1, decode: () => ({ kind: 'lineFeed' }) };
  if (first !== ESC && first !== GS && first !== FS && first !== DLE) return { length: 1 };
  const second = buffer[at + 1];
  if (second === undefined) return null;
  const view = new Reader(buffer, at);
  if (first === ESC) return parseEsc(second, view);
  if (first === GS) return parseGs(second, view);
  if (first === FS) return parseFs(second);
  return parseDle(second);
}

/** Bytes at offsets from a command's start; undefined when not yet received. */
class Reader {
  constructor(
    private readonly buffer: Buffer,
    private readonly at: number,
  ) {}
  byte(offset: number): number | undefined {
    return this.buffer[this.at + offset];
  }
  /** Little-endian 16-bit at offset (ESC/POS's nL nH). */
  word(offset: number): number | undefined {
    const low = this.byte(offset);
    const high = this.byte(offset + 1);
    return low === undefined || high === undefined ? undefined : low + high * 256;
  }
}

function textRun(buffer: Buffer, at: number): Parsed {
  let end = at;
  while (end < buffer.length && (buffer[end] ?? 0) >= 0x20) end++;
  return { length: end - at, decode: (bytes) => ({ kind: 'text', bytes: Buffer.from(bytes) }) };
}

const withArg = (decode: (n: number) => DecodedCommand): Parsed => ({ length: 3, decode: (bytes) => decode(bytes[2] ?? 0) });
/** A command we do not act on: its bytes are dropped, never printed as text. */
const skip = (length: number | undefined): Parsed | null => (length === undefined ? null : { length });
const ALIGNMENTS = ['left', 'center', 'right'] as const;

function parseEsc(code: number, view: Reader): Parsed | null {
  switch (code) {
    case 0x40:
      return { length: 2, decode: () => ({ kind: 'initialize' }) };
    case 0x61:
      return withArg((n) => ({ kind: 'align', alignment: ALIGNMENTS[n % 48] ?? 'left' }));
    case 0x45:
      return withArg((n) => ({ kind: 'bold', on: (n & 1) === 1 }));
    case 0x2d:
      return withArg((n) => ({ kind: 'underline', thickness: n % 48 }));
    case 0x33:
      return withArg((n) => ({ kind: 'lineSpacing', dots: n }));
    case 0x32:
      return { length: 2, decode: () => ({ kind: 'lineSpacing', dots: undefined }) };
    case 0x64:
      return withArg((n) => ({ kind: 'feed', lines: n }));
    case 0x69:
    case 0x6d:
      return { length: 2, decode: () => ({ kind: 'cut', mode: 'partial' }) };
    default:
      return skipEsc(code, view);
  }
}

/** ESC commands we do not act on, by length, so their arguments are not printed as text. */
function skipEsc(code: number, view: Reader): Parsed | null {
  const char = String.fromCharCode(code);
  if ('SL\x0c<'.includes(char)) return skip(2);
  if (' !%=?GJKMRTUVte{r'.includes(char)) return skip(3);
  if ('$\\c'.includes(char)) return skip(4);
  if (char === 'p') return skip(5);
  if (char === 'W') return skip(10);
  if (char === 'D') return skipUntilNul(view, 2);
  if (char === '*') return skipBitImage(view);
  return skip(2);
}

function skipBitImage(view: Reader): Parsed | null {
  const mode = view.byte(2);
  const columns = view.word(3);
  if (mode === undefined || columns === undefined) return null;
  return skip(5 + columns * (mode >= 32 ? 3 : 1));
}

function skipUntilNul(view: Reader, from: number): Parsed | null {
  for (let offset = from; offset < from + 256; offset++) {
    const byte = view.byte(offset);
    if (byte === undefined) return null;
    if (byte === 0) return skip(offset + 1);
  }
  return skip(from);
}

function parseGs(code: number, view: Reader): Parsed | null {
  switch (code) {
    case 0x21:
      return withArg((n) => ({ kind: 'size', width: (n >> 4) + 1, height: (n & 0x0f) + 1 }));
    case 0x56:
      return parseCut(view);
    case 0x68:
      return withArg((n) => ({ kind: 'barcodeHeight', dots: n }));
    case 0x77:
      return withArg((n) => ({ kind: 'barcodeWidth', moduleWidth: n }));
    case 0x6b:
      return parseBarcode(view);
    case 0x28:
      return parseGsParen(view);
    default:
      return skipGs(code, view);
  }
}

function parseCut(view: Reader): Parsed | null {
  const mode = view.byte(2);
  if (mode === undefined) return null;
  const full = mode === 0 || mode === 48 || mode === 65;
  return { length: mode >= 65 ? 4 : 3, decode: () => ({ kind: 'cut', mode: full ? 'full' : 'partial' }) };
}

/** GS k: systems 0-6 end with NUL; 65 and up give a length byte (73 is CODE128). */
function parseBarcode(view: Reader): Parsed | null {
  const system = view.byte(2);
  if (system === undefined) return null;
  if (system < 65) {
    const end = skipUntilNul(view, 3);
    return end && { length: end.length, decode: (bytes) => ({ kind: 'barcode', system, data: Buffer.from(bytes.subarray(3, -1)) }) };
  }
  const length = view.byte(3);
  if (length === undefined) return null;
  return { length: 4 + length, decode: (bytes) => ({ kind: 'barcode', system, data: Buffer.from(bytes.subarray(4)) }) };
}

const QR_LEVELS = ['L', 'M', 'Q', 'H'] as const;

/** GS ( fn pL pH ...: every GS ( function states its length, so unknown ones skip exactly. */
function parseGsParen(view: Reader): Parsed | null {
  const fn = view.byte(2);
  const length = view.word(3);
  if (fn === undefined || length === undefined) return null;
  const total = 5 + length;
  if (fn !== 0x6b || length < 3) return skip(total);
  const qrFn = view.byte(6);
  if (qrFn === undefined) return null;
  if (view.byte(5) !== 49) return skip(total);
  return { length: total, decode: (bytes) => decodeQr(qrFn, bytes.subarray(7)) };
}

function decodeQr(fn: number, params: Buffer): DecodedCommand {
  switch (fn) {
    case 67:
      return { kind: 'qrModuleSize', size: params[0] ?? 3 };
    case 69:
      return { kind: 'qrErrorLevel', level: QR_LEVELS[(params[0] ?? 48) - 48] ?? 'L' };
    case 80:
      return { kind: 'qrStore', data: Buffer.from(params.subarray(1)) };
    case 81:
      return { kind: 'qrPrint' };
    default:
      return { kind: 'skipped', command: `GS ( k QR function ${fn}` };
  }
}

function skipGs(code: number, view: Reader): Parsed | null {
  const char = String.fromCharCode(code);
  if ('BHIabfr/'.includes(char)) return skip(3);
  if ('$LPW\\'.includes(char)) return skip(4);
  if (char === '*') return skipDownloadedImage(view);
  if (char === 'v') return skipRasterImage(view);
  return skip(2);
}

function skipDownloadedImage(view: Reader): Parsed | null {
  const x = view.byte(2);
  const y = view.byte(3);
  return x === undefined || y === undefined ? null : skip(4 + x * y * 8);
}

/** GS v 0 m xL xH yL yH d...: a raster image can be hundreds of KiB, hence skipping by count. */
function skipRasterImage(view: Reader): Parsed | null {
  const widthBytes = view.word(4);
  const height = view.word(6);
  return widthBytes === undefined || height === undefined ? null : skip(8 + widthBytes * height);
}

function parseFs(code: number): Parsed | null {
  const char = String.fromCharCode(code);
  if (char === '&') return { length: 2, decode: () => ({ kind: 'chineseMode', on: true }) };
  if (char === '.') return { length: 2, decode: () => ({ kind: 'chineseMode', on: false }) };
  if ('!-WC'.includes(char)) return skip(3);
  if ('Sp'.includes(char)) return skip(4);
  return skip(2);
}

function parseDle(code: number): Parsed | null {
  if (code === 0x04) return withArg((n) => ({ kind: 'status', n }));
  if (code === 0x05) return skip(3);
  if (code === 0x14) return skip(5);
  return skip(1);
}
