/**
 * Renders a simulated receipt at the printer's own resolution (8 dots/mm, 384 or 576 dots wide):
 * real QR modules and CODE128 bars, ASCII in a 5 x 7 dot font, CJK as placeholder boxes.
 */
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { charColumns, textColumns } from '../printer/charset.js';
import { PAPER, alignmentPadding, type Paper } from '../printer/layout.js';
import { code128Modules } from './printer-code128.js';
import { asciiDot } from './printer-font.js';
import type { PrintedLine } from './printer-page.js';

/** Font A: 12 x 24 dots per half-width character. */
const CELL_WIDTH = 12;
const CELL_HEIGHT = 24;
const MARGIN = 16;

class Canvas {
  readonly dots: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.dots = new Uint8Array(width * height);
  }
  fill(x: number, y: number, width: number, height: number): void {
    for (let row = Math.max(0, y); row < Math.min(this.height, y + height); row++) {
      this.dots.fill(1, row * this.width + Math.max(0, x), row * this.width + Math.min(this.width, x + width));
    }
  }
  toPng(): Buffer {
    const png = new PNG({ width: this.width, height: this.height, colorType: 0, inputColorType: 0, bitDepth: 8 });
    for (let i = 0; i < this.dots.length; i++) png.data[i] = this.dots[i] ? 0 : 255;
    return PNG.sync.write(png, { colorType: 0, inputColorType: 0, bitDepth: 8 });
  }
}

export function renderPagePng(lines: readonly PrintedLine[], paper: Paper): Buffer {
  const width = PAPER[paper].dots;
  const height = lines.reduce((sum, line) => sum + lineHeight(line), 2 * MARGIN);
  const canvas = new Canvas(width, height);
  let y = MARGIN;
  for (const line of lines) {
    drawLine(canvas, line, y);
    y += lineHeight(line);
  }
  return canvas.toPng();
}

function lineHeight(line: PrintedLine): number {
  if (line.kind === 'blank') return line.dots;
  if (line.kind === 'text') return Math.max(30, CELL_HEIGHT * line.height + 6);
  if (line.kind === 'qr') return qrMatrix(line.data, line.level).size * line.moduleSize + 8;
  return line.heightDots + CELL_HEIGHT + 12;
}

function drawLine(canvas: Canvas, line: PrintedLine, y: number): void {
  if (line.kind === 'text') drawText(canvas, line, y);
  else if (line.kind === 'qr') drawQr(canvas, line, y);
  else if (line.kind === 'barcode') drawBarcode(canvas, line, y);
}

type TextLine = Extract<PrintedLine, { kind: 'text' }>;

function drawText(canvas: Canvas, line: TextLine, y: number): void {
  const padding = alignmentPadding(textColumns(line.text) * line.width, PAPER_COLUMNS(canvas), line.align);
  let x = padding * CELL_WIDTH;
  for (const char of line.text) {
    const advance = charColumns(char) * CELL_WIDTH * line.width;
    drawChar(canvas, char, x, y, line);
    if (line.underline) canvas.fill(x, y + CELL_HEIGHT * line.height, advance, 1);
    x += advance;
  }
}

const PAPER_COLUMNS = (canvas: Canvas): number => canvas.width / CELL_WIDTH;

/** ASCII dots are 2 x 3 printer dots (10 x 21 in a 12 x 24 cell); bold doubles each stroke. */
function drawChar(canvas: Canvas, char: string, x: number, y: number, line: TextLine): void {
  if (charColumns(char) === 2) return drawPlaceholder(canvas, char, x, y, line);
  const dotWidth = 2 * line.width;
  const dotHeight = 3 * line.height;
  for (let column = 0; column < 5; column++) {
    for (let row = 0; row < 7; row++) {
      if (!asciiDot(char, column, row)) continue;
      canvas.fill(x + line.width + column * dotWidth, y + row * dotHeight, dotWidth + (line.bold ? 1 : 0), dotHeight);
    }
  }
}

/**
 * A full-width character the simulator has no glyph for: an outlined box with a 3 x 3 pattern
 * taken from its code point, so different characters look different and none looks like text.
 */
function drawPlaceholder(canvas: Canvas, char: string, x: number, y: number, line: TextLine): void {
  const size = 20;
  const [w, h] = [line.width, line.height];
  const stroke = line.bold ? 3 : 2;
  canvas.fill(x + 2 * w, y, size * w, stroke);
  canvas.fill(x + 2 * w, y + (size - stroke) * h, size * w, stroke);
  canvas.fill(x + 2 * w, y, stroke, size * h);
  canvas.fill(x + (2 + size) * w - stroke, y, stroke, size * h);
  const code = char.codePointAt(0) ?? 0;
  for (let bit = 0; bit < 9; bit++) {
    if (((code >> bit) & 1) === 0) continue;
    canvas.fill(x + (5 + (bit % 3) * 5) * w, y + (3 + Math.floor(bit / 3) * 5) * h, 4 * w, 4 * h);
  }
}

function qrMatrix(data: string, level: 'L' | 'M' | 'Q' | 'H'): { size: number; get: (row: number, column: number) => boolean } {
  const modules = QRCode.create(data, { errorCorrectionLevel: level }).modules;
  return { size: modules.size, get: (row, column) => Boolean(modules.get(row, column)) };
}

function drawQr(canvas: Canvas, line: Extract<PrintedLine, { kind: 'qr' }>, y: number): void {
  const matrix = qrMatrix(line.data, line.level);
  const width = matrix.size * line.moduleSize;
  const x = alignedX(canvas, width, line.align);
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; column++) {
      if (matrix.get(row, column)) canvas.fill(x + column * line.moduleSize, y + row * line.moduleSize, line.moduleSize, line.moduleSize);
    }
  }
}

/** Bars, then the human-readable text centred under them (GS H 2). */
function drawBarcode(canvas: Canvas, line: Extract<PrintedLine, { kind: 'barcode' }>, y: number): void {
  const modules = code128Modules(line.data);
  const width = modules.reduce((sum, m) => sum + m, 0) * line.moduleWidth;
  let x = alignedX(canvas, width, line.align);
  modules.forEach((modulesWide, index) => {
    if (index % 2 === 0) canvas.fill(x, y, modulesWide * line.moduleWidth, line.heightDots);
    x += modulesWide * line.moduleWidth;
  });
  const hri: TextLine = { kind: 'text', text: line.data, align: 'center', bold: false, underline: false, width: 1, height: 1 };
  drawText(canvas, hri, y + line.heightDots + 4);
}

function alignedX(canvas: Canvas, width: number, align: 'left' | 'center' | 'right'): number {
  return alignmentPadding(width, canvas.width, align);
}
