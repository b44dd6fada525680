import { z } from 'zod';
import { isFen } from '../../standards/fen.js';
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

/** One payment as the screen follows it: the QR code to show while pending, the outcome after. */
export const paymentViewSchema = z.object({
  orderId: z.string(),
  noticeNumber: noticeNumberSchema,
  itemName: z.string(),
  amountFen: fen,
  state: paymentStateSchema,
  qrPayload: z.string(),
  settledAt: z.string().nullable(),
  receiptPrinted: z.boolean(),
});
export type PaymentView = z.infer<typeof paymentViewSchema>;
