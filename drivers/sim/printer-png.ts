/**
 * Renders a simulated receipt at the printer's own resolution (8 dots/mm, 384 or 576 dots wide),
 * so a person sees what the paper would show: text in Noto Sans CJK (Skia, via @napi-rs/canvas)
 * placed in the printer's fixed 12 x 24 dot cells, and QR modules and CODE128 bars drawn dot for
 * dot from what the printer was sent, so they scan as the real ones would.
 */
import { GlobalFonts, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { charColumns, textColumns } from '../printer/charset.js';
import { cjkFontPath } from '../printer/cjk-font.js';
import { PAPER, alignmentPadding, type Paper } from '../printer/layout.js';
import { code128Bars } from './printer-code128.js';
import type { PrintedLine } from './printer-page.js';

/** Font A: 12 x 24 dots per half-width character. */
const CELL_WIDTH = 12;
const CELL_HEIGHT = 24;
const MARGIN = 16;
const FAMILY = 'TongbanReceiptCJK';

let fontsRegistered = false;

/** Once per process; throws CjkFontMissingError (with the apt-get line) when the font is absent. */
function registerFonts(): void {
  if (fontsRegistered) return;
  GlobalFonts.registerFromPath(cjkFontPath('regular'), FAMILY);
  GlobalFonts.registerFromPath(cjkFontPath('bold'), FAMILY);
  fontsRegistered = true;
}

export function renderPagePng(lines: readonly PrintedLine[], paper: Paper): Buffer {
  registerFonts();
  const width = PAPER[paper].dots;
  const height = lines.reduce((sum, line) => sum + lineHeight(line), 2 * MARGIN);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  // The collection's default face is Japanese; zh-Hans selects the simplified-Chinese glyph forms.
  ctx.lang = 'zh-Hans';
  ctx.textBaseline = 'middle';
  let y = MARGIN;
  for (const line of lines) {
    drawLine(ctx, line, y);
    y += lineHeight(line);
  }
  return canvas.toBuffer('image/png');
}

function lineHeight(line: PrintedLine): number {
  if (line.kind === 'blank') return line.dots;
  if (line.kind === 'text') return Math.max(30, CELL_HEIGHT * line.height + 6);
  if (line.kind === 'qr') return qrMatrix(line.data, line.level).size * line.moduleSize + 8;
  return line.heightDots + CELL_HEIGHT + 12;
}

function drawLine(ctx: SKRSContext2D, line: PrintedLine, y: number): void {
  if (line.kind === 'text') drawText(ctx, line, y);
  else if (line.kind === 'qr') drawQr(ctx, line, y);
  else if (line.kind === 'barcode') drawBarcode(ctx, line, y);
}

type TextLine = Extract<PrintedLine, { kind: 'text' }>;

/** Character by character, each in its own cell, so columns line up as on the printer. */
function drawText(ctx: SKRSContext2D, line: TextLine, y: number): void {
  const columns = ctx.canvas.width / CELL_WIDTH;
  let x = alignmentPadding(textColumns(line.text) * line.width, columns, line.align) * CELL_WIDTH;
  ctx.font = `${line.bold ? 'bold ' : ''}${CELL_HEIGHT}px ${FAMILY}`;
  for (const char of line.text) {
    const advance = charColumns(char) * CELL_WIDTH * line.width;
    drawChar(ctx, char, x, y, line);
    if (line.underline) ctx.fillRect(x, y + CELL_HEIGHT * line.height, advance, 1);
    x += advance;
  }
}

/** Scaled by the character size (GS !); a proportional Latin glyph is squeezed into its half cell. */
function drawChar(ctx: SKRSContext2D, char: string, x: number, y: number, line: TextLine): void {
  if (char === ' ') return;
  const cell = charColumns(char) * CELL_WIDTH;
  const glyph = ctx.measureText(char).width;
  const squeeze = glyph > cell ? cell / glyph : 1;
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(line.width * squeeze, line.height);
  ctx.fillText(char, glyphOffset(char, cell / squeeze - glyph), CELL_HEIGHT / 2);
  ctx.restore();
}

const OPENING = new Set([...'“‘']);
const CLOSING = new Set([...'”’']);

/**
 * Where a glyph narrower than its cell sits: centred, except that Chinese quotation marks (which
 * the font draws narrow) hug the text they enclose, as a printer's full-width ROM glyphs do.
 */
function glyphOffset(char: string, slack: number): number {
  if (OPENING.has(char)) return slack;
  if (CLOSING.has(char)) return 0;
  return slack / 2;
}

function qrMatrix(data: string, level: 'L' | 'M' | 'Q' | 'H'): { size: number; get: (row: number, column: number) => boolean } {
  const modules = QRCode.create(data, { errorCorrectionLevel: level }).modules;
  return { size: modules.size, get: (row, column) => Boolean(modules.get(row, column)) };
}

/** Whole-dot rectangles only, so no module is blurred by anti-aliasing. */
function drawQr(ctx: SKRSContext2D, line: Extract<PrintedLine, { kind: 'qr' }>, y: number): void {
  const matrix = qrMatrix(line.data, line.level);
  const x = alignedX(ctx, matrix.size * line.moduleSize, line.align);
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; column++) {
      if (matrix.get(row, column)) ctx.fillRect(x + column * line.moduleSize, y + row * line.moduleSize, line.moduleSize, line.moduleSize);
    }
  }
}

/** Bars, then the human-readable text centred under them (GS H 2). */
function drawBarcode(ctx: SKRSContext2D, line: Extract<PrintedLine, { kind: 'barcode' }>, y: number): void {
  const bars = code128Bars(line.symbols);
  let x = alignedX(ctx, bars.reduce((sum, m) => sum + m, 0) * line.moduleWidth, line.align);
  bars.forEach((modules, index) => {
    if (index % 2 === 0) ctx.fillRect(x, y, modules * line.moduleWidth, line.heightDots);
    x += modules * line.moduleWidth;
  });
  const hri: TextLine = { kind: 'text', text: line.data, align: 'center', bold: false, underline: false, width: 1, height: 1 };
  drawText(ctx, hri, y + line.heightDots + 4);
}

function alignedX(ctx: SKRSContext2D, width: number, align: 'left' | 'center' | 'right'): number {
  return alignmentPadding(width, ctx.canvas.width, align);
}
