/**
 * The JSON receipt format (documented in RECEIPT.md) and its encoding to ESC/POS for one printer.
 * Layout is done here, not by the printer, so wrapping and right-aligned values come out the same
 * on every model and in the simulator.
 */
import QRCode from 'qrcode';
import { z } from 'zod';
import * as escpos from './escpos.js';
import { fitToFont, textColumns, type FontEncoding } from './charset.js';
import { code128Modules } from './code128.js';
import { PAPER, layoutRow, wrap, type Paper } from './layout.js';

const Text = z.string().max(2000);
const Align = z.enum(['left', 'center', 'right']);

export const BlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('title'), text: Text.min(1) }),
  z.object({
    type: z.literal('text'),
    text: Text,
    align: Align.default('left'),
    bold: z.boolean().default(false),
    underline: z.boolean().default(false),
    size: z.union([z.literal(1), z.literal(2)]).default(1),
  }),
  z.object({ type: z.literal('row'), key: Text, value: Text }),
  z.object({ type: z.literal('divider'), char: z.string().regex(/^[\x21-\x7e]$/).default('-') }),
  z.object({
    type: z.literal('qr'),
    data: z.string().min(1).max(1000),
    size: z.number().int().min(1).max(16).default(6),
    level: z.enum(['L', 'M', 'Q', 'H']).default('M'),
  }),
  z.object({ type: z.literal('barcode'), data: z.string().regex(/^[\x20-\x7e]{1,80}$/, 'CODE128: 1-80 printable ASCII characters') }),
  z.object({ type: z.literal('feed'), lines: z.number().int().min(1).max(20) }),
  z.object({ type: z.literal('cut'), mode: z.enum(['partial', 'full']).default('partial') }),
]);

export const ReceiptSchema = z.object({
  paper: z.union([z.literal(58), z.literal(80)]).optional(),
  blocks: z.array(BlockSchema).min(1).max(500),
});

export type Block = z.infer<typeof BlockSchema>;
export type Receipt = z.infer<typeof ReceiptSchema>;
/** What is typed by hand or read from JSON: defaults not yet filled in. */
export type ReceiptInput = z.input<typeof ReceiptSchema>;

/** The printer the receipt goes to: the paper loaded and what its font covers. */
export interface PrinterProfile {
  paper: Paper;
  encoding: FontEncoding;
}

export class ReceiptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReceiptError';
  }
}

/** Validates JSON (e.g. from `tongban device print --receipt FILE.json`) with readable errors. */
export function parseReceipt(json: unknown): Receipt {
  const result = ReceiptSchema.safeParse(json);
  if (!result.success) throw new ReceiptError(`回执格式错误 / invalid receipt: ${z.prettifyError(result.error)}`);
  return result.data;
}

const BARCODE_HEIGHT_DOTS = 80;
const BARCODE_MODULE_WIDTH = 2;

interface Context {
  profile: PrinterProfile;
  columns: number;
  dots: number;
  replaced: string[];
}

/**
 * Lays the receipt out for the profile's paper (the loaded paper wins over `receipt.paper`, which
 * only records what the author designed for) and ends it with a cut if the author did not.
 */
export function encodeReceipt(receipt: Receipt, profile: PrinterProfile): { bytes: Buffer; replaced: string[] } {
  const { columns, dots } = PAPER[profile.paper];
  const context: Context = { profile, columns, dots, replaced: [] };
  const parts = [escpos.initialize(), escpos.chineseMode(), escpos.lineSpacing(30)];
  for (const block of receipt.blocks) parts.push(...encodeBlock(block, context));
  if (receipt.blocks.at(-1)?.type !== 'cut') parts.push(escpos.cut('partial'));
  return { bytes: Buffer.concat(parts), replaced: context.replaced };
}

function encodeBlock(block: Block, context: Context): Uint8Array[] {
  switch (block.type) {
    case 'title':
      return styledLines(block.text, context, { align: 'center', bold: true, underline: false, size: 2 });
    case 'text':
      return styledLines(block.text, context, block);
    case 'row':
      return plainLines(layoutRow(fit(block.key, context), fit(block.value, context), context.columns));
    case 'divider':
      return plainLines([block.char.repeat(context.columns)]);
    case 'qr':
      return encodeQr(block.data, block.size, block.level, context);
    case 'barcode':
      return encodeBarcode(block.data, context);
    case 'feed':
      return [escpos.feed(block.lines)];
    case 'cut':
      return [escpos.cut(block.mode)];
  }
}

function fit(value: string, context: Context): string {
  const { text, replaced } = fitToFont(value, context.profile.encoding);
  for (const char of replaced) if (!context.replaced.includes(char)) context.replaced.push(char);
  return text;
}

interface Style {
  align: 'left' | 'center' | 'right';
  bold: boolean;
  underline: boolean;
  size: 1 | 2;
}

/**
 * Double size halves the columns; the printer aligns each line itself (ESC a). One line that fits
 * at normal width but not at double width (a case number on 58 mm, in its chunks) is printed
 * double height only: a case number broken over two lines is misread.
 */
function styledLines(value: string, context: Context, style: Style): Uint8Array[] {
  // A line break is layout, not a character for the font (RECEIPT.md: `\n` starts a new line);
  // CRLF counts as one, as in a text file saved on Windows.
  const text = value.split(/\r?\n/u).map((paragraph) => fit(paragraph, context)).join('\n');
  const width = style.size === 2 && fitsOnlyAtNormalWidth(text, context.columns) ? 1 : style.size;
  const lines = wrap(text, Math.floor(context.columns / width));
  return [
    escpos.align(style.align),
    escpos.bold(style.bold),
    escpos.underline(style.underline ? 1 : 0),
    escpos.characterSize(width, style.size),
    ...plainLines(lines),
    escpos.characterSize(1, 1),
    escpos.underline(0),
    escpos.bold(false),
    escpos.align('left'),
  ];
}

function fitsOnlyAtNormalWidth(text: string, columns: number): boolean {
  const used = textColumns(text);
  return !text.includes('\n') && used * 2 > columns && used <= columns;
}

/** Each line ended by LF, which GB18030 encodes as that one byte: one text command for them all. */
function plainLines(lines: string[]): Uint8Array[] {
  return [escpos.text(`${lines.join('\n')}\n`)];
}

/** Modules per side by error level and byte length: at most 4 × 1000 small entries. */
const qrSides = new Map<string, number>();

/**
 * Only the size is needed (the printer draws the code), and in byte mode it depends on the
 * length alone. Byte mode is the largest a printer may choose for this data, so the code fits
 * whichever mode it picks. Remembered, since building a code to measure it is most of the
 * garbage a receipt would otherwise leave, and a receipt's case number is always as long.
 */
function qrSide(bytes: Buffer, level: escpos.QrErrorLevel): number {
  const key = `${level}:${bytes.length}`;
  let side = qrSides.get(key);
  if (side === undefined) {
    side = QRCode.create([{ data: bytes, mode: 'byte' }], { errorCorrectionLevel: level, maskPattern: 0 }).modules.size;
    qrSides.set(key, side);
  }
  return side;
}

/** Shrinks the modules until the code fits the paper, since a clipped QR code does not scan. */
function encodeQr(data: string, size: number, level: escpos.QrErrorLevel, context: Context): Uint8Array[] {
  const bytes = Buffer.from(data, 'utf8');
  const modules = qrSide(bytes, level);
  const fitting = Math.min(size, Math.floor(context.dots / modules));
  if (fitting < 1) throw new ReceiptError(`二维码内容过长 / QR data too long for ${context.profile.paper} mm paper`);
  return [escpos.align('center'), escpos.qrCode(bytes, fitting, level), escpos.lineFeed(), escpos.align('left')];
}

/**
 * The widest bars that fit: 2 dots (0.25 mm) per module where the code fits, else 1 dot, which
 * the 2D imagers kiosks and counters use still read. The quiet zone scanners need (10 modules)
 * lies in the paper's unprinted margins (5 mm each side of a 58 mm roll), so it is not counted.
 */
function encodeBarcode(data: string, context: Context): Uint8Array[] {
  const modules = code128Modules(data);
  const moduleWidth = [BARCODE_MODULE_WIDTH, 1].find((width) => modules * width <= context.dots);
  if (moduleWidth === undefined) {
    throw new ReceiptError(`条码内容过长 / barcode "${data}" needs ${modules} dots, paper is ${context.dots}`);
  }
  const barcode = escpos.code128(data, { heightDots: BARCODE_HEIGHT_DOTS, moduleWidth });
  return [escpos.align('center'), barcode, escpos.lineFeed(), escpos.align('left')];
}
