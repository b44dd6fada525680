/**
 * What a scanned code means to the kiosk, decided in one place for every scanner (serial, HID POS,
 * keyboard wedge): a receipt's case number, a 鄂汇办 identity code, a poster's item code, or
 * something the kiosk does not know, which the citizen is told in words.
 */
import { z } from 'zod';
import { caseNumberShape, isValidCaseNumber, normalizeCaseNumber } from '../../standards/case-number.js';
import { noticeNumberPattern } from '../../standards/payment-notice.js';

/** 鄂汇办 亮码 start with their format and version (electron/core/app-code checks the rest). */
export const appCodePrefix = 'EHB1';

/**
 * The enrollment QR an admin hands a technician with a one-time token: the platform's address and
 * the token in one code (tongban-enroll:?platform=https%3A%2F%2F…&token=…), so neither is typed.
 */
export const enrollmentCodeScheme = 'tongban-enroll:';
/** A booking's QR (预约码): this prefix and the ten-character code; scanned at the hall, it checks in. */
export const bookingQrPrefix = 'TBYY:';
const bookingQr = /^TBYY:([0-9A-Z]{10})$/;

/** A poster's code is a link ending in the item (…?item=WH-RS-001 or …/item/WH-RS-001), or the bare code. */
const itemLink = /[?&/]item[=/]([A-Z0-9][A-Z0-9-]{2,47})$/i;
/** A bare item code has a hyphen: a product's EAN (all digits) is not an item. */
const bareItemCode = /^[A-Z0-9]+(?:-[A-Z0-9]+)+$/;

export const scanMeaningSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('receipt'), caseNumber: z.string().regex(caseNumberShape) }),
  z.object({ kind: z.literal('appCode'), code: z.string().min(1).max(1000) }),
  z.object({ kind: z.literal('item'), itemCode: z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,47}$/) }),
  /** Meant for technician mode's enrollment screen; citizens' screens take it for nothing. */
  z.object({ kind: z.literal('enrollment'), platformUrl: z.string().max(400), token: z.string().min(16).max(200) }),
  z.object({ kind: z.literal('booking'), code: z.string().regex(/^[0-9A-Z]{10}$/) }),
  /** A 非税 payment notice's barcode: its 20-digit number, opened on 缴费. */
  z.object({ kind: z.literal('notice'), noticeNumber: z.string().regex(noticeNumberPattern) }),
  /** The text, for the screen that answers it in words (the 鄂汇办 sign-in: 这不是鄂汇办的身份码). */
  z.object({ kind: z.literal('unknown'), text: z.string().max(4000) }),
]);
export type ScanMeaning = z.infer<typeof scanMeaningSchema>;

/** The receipt's QR holds the bare number; a link with the number in it still finds it. */
function caseNumberIn(text: string): string | undefined {
  const found = new RegExp(caseNumberShape.source.slice(1, -1)).exec(normalizeCaseNumber(text))?.[0];
  return found !== undefined && isValidCaseNumber(found) ? found : undefined;
}

function enrollmentIn(text: string): ScanMeaning | undefined {
  if (!text.toLowerCase().startsWith(enrollmentCodeScheme)) return undefined;
  const fields = new URLSearchParams(text.slice(enrollmentCodeScheme.length).replace(/^\?/, ''));
  const platformUrl = fields.get('platform') ?? '';
  const token = fields.get('token') ?? '';
  return token.length >= 16 && token.length <= 200 && platformUrl.length <= 400 ? { kind: 'enrollment', platformUrl, token } : undefined;
}

export function scanMeaning(scanned: string): ScanMeaning {
  const text = scanned.trim();
  const enrollment = enrollmentIn(text);
  if (enrollment !== undefined) return enrollment;
  if (text.startsWith(`${appCodePrefix}.`)) return { kind: 'appCode', code: text.slice(0, 1000) };
  const booking = bookingQr.exec(text)?.[1];
  if (booking !== undefined) return { kind: 'booking', code: booking };
  const caseNumber = caseNumberIn(text);
  if (caseNumber !== undefined) return { kind: 'receipt', caseNumber };
  if (noticeNumberPattern.test(text)) return { kind: 'notice', noticeNumber: text };
  const linked = itemLink.exec(text)?.[1]?.toUpperCase();
  if (linked !== undefined) return { kind: 'item', itemCode: linked };
  if (bareItemCode.test(text) && text.length <= 48) return { kind: 'item', itemCode: text };
  return { kind: 'unknown', text: text.slice(0, 4000) };
}

/** What the screen hears of a scan from the core's own scanner (serial or HID POS). */
export const scanEventSchema = z.object({ meaning: scanMeaningSchema, symbology: z.string().max(40).optional() });
