/**
 * ESC/POS commands as small pure functions, each returning the bytes of one command.
 * Byte values follow the Epson ESC/POS reference, which the Chinese thermal printers in kiosks
 * (and drivers/sim/printer-sim.ts) implement; FS & is the Chinese-mode extension they add.
 */
import iconv from 'iconv-lite';
import { code128Segments, type Code128Segment } from './code128.js';

export const LF = 0x0a;
export const DLE = 0x10;
export const EOT = 0x04;
export const ESC = 0x1b;
export const FS = 0x1c;
export const GS = 0x1d;

export type Alignment = 'left' | 'center' | 'right';
export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H';
export type CutMode = 'partial' | 'full';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

// Commands without a free parameter are built once and shared, since a receipt sends dozens of
// them: callers only concatenate command bytes, never write into them.
const INITIALIZE = bytes(ESC, 0x40);
const CHINESE_MODE = bytes(FS, 0x26);
const LINE_FEED = bytes(LF);
const ALIGN: Record<Alignment, Uint8Array> = { left: bytes(ESC, 0x61, 0), center: bytes(ESC, 0x61, 1), right: bytes(ESC, 0x61, 2) };
const BOLD = { on: bytes(ESC, 0x45, 1), off: bytes(ESC, 0x45, 0) };
const UNDERLINE = [bytes(ESC, 0x2d, 0), bytes(ESC, 0x2d, 1), bytes(ESC, 0x2d, 2)] as const;

/** ESC @: clears the print buffer and every mode, so one receipt never inherits another's bold. */
export const initialize = (): Uint8Array => INITIALIZE;

/** FS &: bytes >= 0x80 are read as GB double-byte (or GB18030 four-byte) characters. */
export const chineseMode = (): Uint8Array => CHINESE_MODE;

/** Text in GB18030; callers replace what the printer's font cannot show first (charset.ts). */
export const text = (value: string): Uint8Array => iconv.encode(value, 'gb18030');

export const lineFeed = (): Uint8Array => LINE_FEED;

/** ESC a n: applies to the whole line, so it must be sent at the start of a line. */
export const align = (alignment: Alignment): Uint8Array => ALIGN[alignment];

export const bold = (on: boolean): Uint8Array => (on ? BOLD.on : BOLD.off);

/** ESC - n: 0 off, 1 one dot thick, 2 two dots thick. */
export const underline = (thickness: 0 | 1 | 2): Uint8Array => UNDERLINE[thickness];

/** GS ! n: character width and height multipliers, 1 to 8 each. */
export function characterSize(width: number, height: number): Uint8Array {
  checkRange('width', width, 1, 8);
  checkRange('height', height, 1, 8);
  return bytes(GS, 0x21, ((width - 1) << 4) | (height - 1));
}

/** ESC 3 n: line spacing in dots (1/203 inch on the usual 8 dots/mm head). */
export function lineSpacing(dots: number): Uint8Array {
  checkRange('line spacing', dots, 0, 255);
  return bytes(ESC, 0x33, dots);
}

/** ESC d n: prints the buffer and feeds n lines. */
export function feed(lines: number): Uint8Array {
  checkRange('feed lines', lines, 0, 255);
  return bytes(ESC, 0x64, lines);
}

/** GS V m n (function B): feeds to the cutter first, so the last line is not cut through. */
export const cut = (mode: CutMode): Uint8Array => bytes(GS, 0x56, mode === 'full' ? 65 : 66, 0);

/** GS ( k with its two-byte little-endian parameter length. */
function qrFunction(fn: number, ...params: number[]): Uint8Array {
  const length = params.length + 2;
  return bytes(GS, 0x28, 0x6b, length & 0xff, length >> 8, 0x31, fn, ...params);
}

const QR_LEVEL_CODE: Record<QrErrorLevel, number> = { L: 48, M: 49, Q: 50, H: 51 };

/** A QR code: model 2, module size in dots, error level, store the data, print it. */
export function qrCode(data: Uint8Array, moduleSize: number, level: QrErrorLevel): Uint8Array {
  checkRange('QR module size', moduleSize, 1, 16);
  checkRange('QR data length', data.length, 1, 7089);
  return concat([
    qrFunction(65, 50, 0),
    qrFunction(67, moduleSize),
    qrFunction(69, QR_LEVEL_CODE[level]),
    qrFunction(80, 48, ...data),
    qrFunction(81, 48),
  ]);
}

/**
 * CODE128 with the human-readable text printed below: GS H, GS h, GS w, then GS k 73 n data,
 * where '{B' and '{C' select the code set (code128.ts decides where) and set C carries each digit
 * pair as one byte. A '{' in set B data is the escape, so it is sent doubled.
 */
export function code128(data: string, options: { heightDots: number; moduleWidth: number }): Uint8Array {
  if (!/^[\x20-\x7e]+$/.test(data)) throw new RangeError(`CODE128 takes printable ASCII only: ${JSON.stringify(data)}`);
  const payload = code128Segments(data).flatMap((segment) => [0x7b, segment.set.charCodeAt(0), ...segmentBytes(segment)]);
  checkRange('CODE128 length', payload.length, 3, 255);
  checkRange('barcode height', options.heightDots, 1, 255);
  checkRange('barcode module width', options.moduleWidth, 1, 6);
  return concat([
    bytes(GS, 0x48, 2),
    bytes(GS, 0x68, options.heightDots),
    bytes(GS, 0x77, options.moduleWidth),
    bytes(GS, 0x6b, 73, payload.length, ...payload),
  ]);
}

function segmentBytes(segment: Code128Segment): number[] {
  if (segment.set === 'B') return [...Buffer.from(segment.text.replaceAll('{', '{{'), 'latin1')];
  return (segment.text.match(/\d\d/g) ?? []).map(Number);
}

/** DLE EOT n: real-time status; n = 1 printer, 2 offline cause, 3 error cause, 4 paper sensor. */
export const realtimeStatus = (n: 1 | 2 | 3 | 4): Uint8Array => bytes(DLE, EOT, n);

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

function checkRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
}
