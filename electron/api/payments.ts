import { z } from 'zod';
import { isFen } from '../../standards/fen.js';
import { caseNumberShape } from '../../standards/case-number.js';
import { noticeNumberPattern, noticeNumberWords } from '../../standards/payment-notice.js';

/** Integer fen (standards/fen.ts): the screen writes 元 from it, never divides it. */
const fen = z.number().refine(isFen, 'amount in whole fen');

/** A 非税 payment notice number: 20 digits, as printed and in its barcode. */
export const noticeNumberSchema = z.string().regex(noticeNumberPattern, noticeNumberWords);

/** What a notice asks to be paid; the payer's name masked, as the 非税 system gives it. */
export const noticeViewSchema = z.object({
  noticeNumber: noticeNumberSchema,
  payerMasked: z.string(),
  payee: z.string(),
  itemName: z.string(),
  amountFen: fen,
  dueBy: z.string(),
  paid: z.boolean(),
});
export type NoticeView = z.infer<typeof noticeViewSchema>;

export const paymentStateSchema = z.enum(['pending', 'paid', 'declined', 'closed', 'refunded']);
export type PaymentState = z.infer<typeof paymentStateSchema>;

/** A fee of a case: its case number and its place among the case's fees. */
export const caseFeeDueSchema = z.object({ caseNumber: z.string().regex(caseNumberShape), fee: z.number().int().min(0).max(9) }).strict();
export type CaseFeeDue = z.infer<typeof caseFeeDueSchema>;

/** What 缴费 starts on: a 非税 notice, or a fee of a case (after submitting, or later by its number). */
export const paymentDueSchema = z.union([z.object({ noticeNumber: noticeNumberSchema }).strict(), z.object({ caseFee: caseFeeDueSchema }).strict()]);
export type PaymentDue = z.infer<typeof paymentDueSchema>;

/** A case's fees as the platform holds them, each paid or not: what 缴费 by case number shows. */
export const caseFeesViewSchema = z.object({
  caseNumber: z.string(),
  itemName: z.string(),
  fees: z.array(z.object({ fee: z.number().int().min(0), name: z.string(), amountFen: fen, paid: z.boolean() })),
});
export type CaseFeesView = z.infer<typeof caseFeesViewSchema>;

/** One payment as the screen follows it: the QR code to show while pending, the outcome after. */
export const paymentViewSchema = z.object({
  orderId: z.string(),
  /** What it pays: a notice, or a case's fee (the other null). */
  noticeNumber: noticeNumberSchema.nullable(),
  caseFee: caseFeeDueSchema.nullable(),
  itemName: z.string(),
  amountFen: fen,
  state: paymentStateSchema,
  qrPayload: z.string(),
  settledAt: z.string().nullable(),
  receiptPrinted: z.boolean(),
});
export type PaymentView = z.infer<typeof paymentViewSchema>;
