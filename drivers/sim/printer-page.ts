/**
 * What a thermal printer does with decoded commands: keeps the modes, prints a line at LF, a QR
 * code or barcode when told, and hands over the paper at a cut.
 */
import iconv from 'iconv-lite';
import { charColumns, textColumns } from '../printer/charset.js';
import { PAPER, alignmentPadding, type Paper } from '../printer/layout.js';
import { readEscPosCode128 } from './printer-code128.js';
import type { DecodedCommand } from './printer-decoder.js';

type Alignment = 'left' | 'center' | 'right';

export type PrintedLine =
  | { kind: 'text'; text: string; align: Alignment; bold: boolean; underline: boolean; width: number; height: number }
  | { kind: 'blank'; dots: number }
  | { kind: 'qr'; data: string; moduleSize: number; level: 'L' | 'M' | 'Q' | 'H'; align: Alignment }
  /** `symbols`: the CODE128 symbols as sent (other symbologies are drawn as CODE128 B of their text). */
  | { kind: 'barcode'; data: string; symbols: number[]; heightDots: number; moduleWidth: number; align: Alignment };

interface Modes {
  align: Alignment;
  bold: boolean;
  underline: boolean;
  width: number;
  height: number;
  chinese: boolean;
  lineDots: number;
  qrModuleSize: number;
  qrLevel: 'L' | 'M' | 'Q' | 'H';
  barcodeHeight: number;
  barcodeWidth: number;
}

/** ESC/POS power-on defaults (ESC @ restores them); 30 dots is the usual default line pitch. */
const DEFAULT_MODES: Modes = {
  align: 'left',
  bold: false,
  underline: false,
  width: 1,
  height: 1,
  chinese: false,
  lineDots: 30,
  qrModuleSize: 3,
  qrLevel: 'L',
  barcodeHeight: 162,
  barcodeWidth: 3,
};

export class PrinterPage {
  private modes: Modes = { ...DEFAULT_MODES };
  private lineBytes: Buffer[] = [];
  private lines: PrintedLine[] = [];
  private qrData: Buffer = Buffer.alloc(0);

  constructor(readonly paper: Paper) {}

  /** Returns the printed lines when this command cut the paper. */
  apply(command: DecodedCommand): PrintedLine[] | undefined {
    if (command.kind === 'cut') return this.cut();
    if (command.kind === 'text') this.lineBytes.push(command.bytes);
    else if (command.kind === 'lineFeed') this.printLine(true);
    else if (command.kind === 'feed') this.feed(command.lines);
    else if (command.kind === 'initialize') this.initialize();
    else if (command.kind === 'qrStore') this.qrData = command.data;
    else if (command.kind === 'qrPrint') this.printQr();
    else if (command.kind === 'barcode') this.printBarcode(command.system, command.data);
    else this.setMode(command);
    return undefined;
  }

  /** Paper pulled out by hand, or lost while the printer had none: forget what was printed. */
  discard(): void {
    this.lines = [];
    this.lineBytes = [];
  }

  private setMode(command: DecodedCommand): void {
    const modes = this.modes;
    if (command.kind === 'align') modes.align = command.alignment;
    else if (command.kind === 'bold') modes.bold = command.on;
    else if (command.kind === 'underline') modes.underline = command.thickness > 0;
    else if (command.kind === 'size') Object.assign(modes, { width: command.width, height: command.height });
    else if (command.kind === 'chineseMode') modes.chinese = command.on;
    else if (command.kind === 'lineSpacing') modes.lineDots = command.dots ?? DEFAULT_MODES.lineDots;
    else if (command.kind === 'qrModuleSize') modes.qrModuleSize = command.size;
    else if (command.kind === 'qrErrorLevel') modes.qrLevel = command.level;
    else if (command.kind === 'barcodeHeight') modes.barcodeHeight = command.dots;
    else if (command.kind === 'barcodeWidth') modes.barcodeWidth = command.moduleWidth;
  }

  private initialize(): void {
    this.modes = { ...DEFAULT_MODES };
    this.lineBytes = [];
  }

  /** An LF on an empty buffer feeds one line; ESC d and a QR code only print what is there. */
  private printLine(feedIfEmpty: boolean): void {
    const bytes = Buffer.concat(this.lineBytes);
    this.lineBytes = [];
    if (bytes.length === 0) {
      if (feedIfEmpty) this.lines.push({ kind: 'blank', dots: this.modes.lineDots });
      return;
    }
    const text = iconv.decode(bytes, this.modes.chinese ? 'gb18030' : 'latin1');
    const { align, bold, underline, width, height } = this.modes;
    const columns = Math.floor(PAPER[this.paper].columns / width);
    for (const line of splitAtColumns(text, columns)) this.lines.push({ kind: 'text', text: line, align, bold, underline, width, height });
  }

  private feed(lines: number): void {
    this.printLine(false);
    for (let i = 0; i < lines; i++) this.lines.push({ kind: 'blank', dots: this.modes.lineDots });
  }

  private printQr(): void {
    this.printLine(false);
    const { qrModuleSize: moduleSize, qrLevel: level, align } = this.modes;
    this.lines.push({ kind: 'qr', data: this.qrData.toString('utf8'), moduleSize, level, align });
  }

  private printBarcode(system: number, data: Buffer): void {
    this.printLine(false);
    const { symbols, text } = readEscPosCode128(system === 73 ? data : Buffer.concat([Buffer.from('{B'), data]));
    const { barcodeHeight: heightDots, barcodeWidth: moduleWidth, align } = this.modes;
    this.lines.push({ kind: 'barcode', data: text, symbols, heightDots, moduleWidth, align });
  }

  private cut(): PrintedLine[] {
    this.printLine(false);
    const lines = this.lines;
    this.lines = [];
    return lines;
  }
}

/** A full print buffer prints as it is, mid-word: the printer knows nothing of words. */
function splitAtColumns(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (textColumns(line) + charColumns(char) > columns) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  lines.push(line);
  return lines;
}

/** The receipt as text: one line per printed line, aligned in the paper's columns. */
export function pageText(lines: readonly PrintedLine[], paper: Paper): string {
  const columns = PAPER[paper].columns;
  return lines
    .map((line) => {
      if (line.kind === 'blank') return '';
      if (line.kind === 'qr') return `[QR:${line.data}]`;
      if (line.kind === 'barcode') return `[CODE128:${line.data}]`;
      const padding = alignmentPadding(textColumns(line.text) * line.width, columns, line.align);
      return (' '.repeat(padding) + line.text).trimEnd();
    })
    .join('\n');
}
