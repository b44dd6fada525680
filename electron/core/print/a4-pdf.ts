/**
 * A4 pages as PDF (pdfkit), with Chinese in Noto Sans CJK SC embedded (subset), so the file
 * prints the same on any printer and opens in any viewer. It goes to the A4 printer over IPP, or
 * is saved where no A4 printer is configured.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { SIMPLIFIED_FACE, cjkFontPath } from '../../../drivers/printer/cjk-font.js';

/** A document as data: what a guide or a filled form says, not how it is drawn. */
export interface A4Document {
  title: string;
  subtitle?: string;
  sections: A4Section[];
  /** Printed at the end, e.g. the applicant's signature line. */
  closing?: string[];
  /**
   * Where and when this paper was printed: faint across every page, so a copy carries it, and in
   * full at each page's foot, so it can be read (and found by a program) whatever lies beneath.
   */
  watermark?: string;
  /** A QR code at the end that opens `url`, the lines beside it saying what it is for. */
  verification?: { url: string; lines: readonly string[] };
}

export interface A4Section {
  heading: string;
  rows?: readonly (readonly [label: string, value: string])[];
  paragraphs?: readonly string[];
}

const MARGIN = 56; // 2 cm
const LABEL_WIDTH = 110;

/** The PDF and how many pages it came to: the screen says the count before anything prints. */
export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

export function renderA4Pdf(document: A4Document): Promise<RenderedPdf> {
  // Pages kept until the end: the watermark goes on each once the page count is known.
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: document.title, Producer: 'tongban' } });
  pdf.registerFont('body', cjkFontPath('regular'), SIMPLIFIED_FACE.regular);
  pdf.registerFont('bold', cjkFontPath('bold'), SIMPLIFIED_FACE.bold);
  const chunks: Buffer[] = [];
  let pages = 1;
  pdf.on('pageAdded', () => pages++);
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<RenderedPdf>((resolve, reject) => {
    pdf.on('end', () => resolve({ bytes: Buffer.concat(chunks), pages }));
    pdf.on('error', reject);
  });
  drawHeader(pdf, document);
  for (const section of document.sections) drawSection(pdf, section);
  for (const line of document.closing ?? []) pdf.moveDown(1.2).font('body').fontSize(12).text(line);
  if (document.verification) drawVerification(pdf, document.verification);
  if (document.watermark) drawWatermark(pdf, document.watermark);
  pdf.end();
  return done;
}

function drawHeader(pdf: PDFKit.PDFDocument, document: A4Document): void {
  pdf.font('bold').fontSize(20).text(document.title, { align: 'center' });
  if (document.subtitle) pdf.moveDown(0.3).font('body').fontSize(11).text(document.subtitle, { align: 'center' });
  pdf.moveDown(0.8);
}

function drawSection(pdf: PDFKit.PDFDocument, section: A4Section): void {
  const width = pdf.page.width - 2 * MARGIN;
  pdf.moveDown(0.6).font('bold').fontSize(13).text(section.heading, MARGIN);
  const y = pdf.y + 2;
  pdf.moveTo(MARGIN, y).lineTo(MARGIN + width, y).lineWidth(0.5).stroke();
  pdf.moveDown(0.4);
  for (const [label, value] of section.rows ?? []) drawRow(pdf, label, value, width);
  for (const paragraph of section.paragraphs ?? []) pdf.font('body').fontSize(11).text(paragraph, MARGIN, undefined, { width, lineGap: 3 }).moveDown(0.3);
}

/** Label in its own column; a long value wraps within the value column and the row grows. */
function drawRow(pdf: PDFKit.PDFDocument, label: string, value: string, width: number): void {
  const top = pdf.y;
  pdf.font('bold').fontSize(11).text(label, MARGIN, top, { width: LABEL_WIDTH - 8 });
  const labelBottom = pdf.y;
  pdf.font('body').fontSize(11).text(value || '—', MARGIN + LABEL_WIDTH, top, { width: width - LABEL_WIDTH, lineGap: 2 });
  pdf.y = Math.max(pdf.y, labelBottom) + 4;
  pdf.x = MARGIN;
}

const QR_MODULE = 2.6;

/** The QR code drawn as vector squares (sharp on any printer), a link to the same address, and its words. */
function drawVerification(pdf: PDFKit.PDFDocument, verification: NonNullable<A4Document['verification']>): void {
  const modules = QRCode.create(verification.url, { errorCorrectionLevel: 'M' }).modules;
  const side = modules.size * QR_MODULE;
  if (pdf.y + side + 24 > pdf.page.height - MARGIN) pdf.addPage();
  const top = pdf.y + 18;
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) pdf.rect(MARGIN + column * QR_MODULE, top + row * QR_MODULE, QR_MODULE, QR_MODULE);
    }
  }
  pdf.fillColor('#000').fill();
  pdf.link(MARGIN, top, side, side, verification.url);
  const textLeft = MARGIN + side + 16;
  pdf.font('body').fontSize(10).text(verification.lines.join('\n'), textLeft, top, { width: pdf.page.width - MARGIN - textLeft, lineGap: 3 });
  pdf.x = MARGIN;
  pdf.y = Math.max(pdf.y, top + side) + 8;
}

/** On every page: the words large and faint across it, and once small at its foot. */
function drawWatermark(pdf: PDFKit.PDFDocument, words: string): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const { width, height } = pdf.page;
    // Text below the bottom margin would start a new page: the foot is drawn with none.
    const margins = pdf.page.margins;
    pdf.page.margins = { ...margins, bottom: 0 };
    pdf.save().rotate(-35, { origin: [width / 2, height / 2] }).fillColor('#000').fillOpacity(0.1).font('bold').fontSize(30);
    // Twice the page's width: the diagonal is longer than the page is wide, and one line never wraps.
    for (const offset of [-220, 0, 220]) pdf.text(words, -width / 2, height / 2 + offset - 15, { width: width * 2, align: 'center', lineBreak: false });
    pdf.restore();
    pdf.fillColor('#555').fillOpacity(1).font('body').fontSize(9).text(words, MARGIN, height - 36, { width: width - 2 * MARGIN, align: 'center', lineBreak: false });
    pdf.fillColor('#000');
    pdf.page.margins = margins;
  }
}
