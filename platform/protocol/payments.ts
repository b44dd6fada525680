import { z } from 'zod';
import { isFen } from '../../standards/fen.js';
import { caseNumberShape } from '../../standards/case-number.js';
import { noticeNumberPattern, noticeNumberWords } from '../../standards/payment-notice.js';

/** How fen on the wire are written as 元, for the console (which imports only the wire's modules). */
export { yuanText } from '../../standards/fen.js';

/** Integer fen, never a fraction (standards/fen.ts). */
export const fenSchema = z.number().refine(isFen, '金额须为整数分 / amount must be whole fen');

/** A 非税 payment notice number (缴款通知书编号): 20 digits on the notice, as its barcode carries it. */
export const noticeNumberSchema = z.string().regex(noticeNumberPattern, noticeNumberWords);

/** What a payment notice asks for. The payer's name is masked: anyone holding the number may pay it. */
export const paymentNoticeSchema = z.object({
  noticeNumber: noticeNumberSchema,
  payerMasked: z.string().max(40),
  payee: z.string().max(120),
  itemName: z.string().max(120),
  amountFen: fenSchema,
  dueBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Paid already (through this platform): nothing is due. */
  paid: z.boolean(),
});
export type PaymentNotice = z.infer<typeof paymentNoticeSchema>;

export const orderStates = ['pending', 'paid', 'declined', 'closed', 'refunded'] as const;
export const orderStateSchema = z.enum(orderStates);
export type OrderState = z.infer<typeof orderStateSchema>;

const idempotencyKey = z.string().regex(/^[0-9a-zA-Z-]{8,64}$/);

/** A fee of a case the platform holds: its case number and the fee's place in the case's list. */
export const caseFeeDueSchema = z.object({ caseNumber: z.string().regex(caseNumberShape), fee: z.number().int().min(0).max(9) }).strict();
export type CaseFeeDue = z.infer<typeof caseFeeDueSchema>;

/**
 * `POST /v1/payment-orders`: the terminal's key, made once per due payment and kept across
 * restarts, and what is due: a 非税 notice, or a fee of a case.
 */
export const orderRequestSchema = z.union([
  z.object({ idempotencyKey, noticeNumber: noticeNumberSchema }).strict(),
  z.object({ idempotencyKey, caseFee: caseFeeDueSchema }).strict(),
]);
export type OrderRequest = z.infer<typeof orderRequestSchema>;

export const orderViewSchema = z.object({
  orderId: z.uuid(),
  /** What it pays: a notice, or a case's fee (the other null). */
  noticeNumber: noticeNumberSchema.nullable(),
  caseFee: caseFeeDueSchema.nullable(),
  subject: z.string(),
  amountFen: fenSchema,
  state: orderStateSchema,
  /** What the phone scans: the provider's cashier for this order. */
  qrPayload: z.string(),
  providerTradeNo: z.string().nullable(),
  settledAt: z.string().nullable(),
});
export type OrderView = z.infer<typeof orderViewSchema>;

/** Why a case stops: 不予受理 (not accepted) or 终止办理 (ended before its result). */
export const notProceedingKinds = ['rejected', 'terminated'] as const;
export type NotProceedingKind = (typeof notProceedingKinds)[number];

/** A case marked not proceeding: the reason is the admin's, shown to whoever queries the case. */
export const notProceedingSchema = z.object({ kind: z.enum(notProceedingKinds), reason: z.string(), at: z.string().datetime({ offset: true }), refundedFen: fenSchema });
export type NotProceeding = z.infer<typeof notProceedingSchema>;

/** `POST /v1/admin/payment-orders/{id}/refund`: why the money goes back. */
export const refundRequestSchema = z.object({ reason: z.string().trim().min(2).max(200) }).strict();

/**
 * `POST /v1/admin/cases/{caseNumber}/not-proceeding`: 不予受理 or 终止办理, and why, in words the
 * citizen reads when they query the case (no one's name or ID number).
 */
export const notProceedingRequestSchema = z.object({ kind: z.enum(notProceedingKinds), reason: z.string().trim().min(2).max(200) }).strict();
export type NotProceedingRequest = z.infer<typeof notProceedingRequestSchema>;

/** What refunding a case's fees did: its fee orders as they now stand, and what this call gave back (0 when done before). */
export const caseRefundSchema = z.object({ caseNumber: z.string(), refundedFen: fenSchema, orders: z.array(orderViewSchema) });
export type CaseRefund = z.infer<typeof caseRefundSchema>;

/** The case as marked (the first mark stands; asked again it is not changed), and its fees' refund. */
export const notProceedingReplySchema = caseRefundSchema.extend({ notProceeding: notProceedingSchema });
export type NotProceedingReply = z.infer<typeof notProceedingReplySchema>;

/** The provider's asynchronous notification body (its signature in headers, notifyHeaders). */
export const paymentNotificationSchema = z
  .object({
    orderId: z.uuid(),
    providerTradeNo: z.string().min(1).max(64),
    result: z.enum(['paid', 'declined']),
    amountFen: fenSchema,
    paidAt: z.string().datetime({ offset: true }),
  })
  .strict();
export type PaymentNotification = z.infer<typeof paymentNotificationSchema>;

/** As gateways send them (e.g. WeChat Pay's Wechatpay-Timestamp, -Nonce, -Signature). */
export const notifyHeaders = { time: 'x-pay-timestamp', nonce: 'x-pay-nonce', signature: 'x-pay-signature' } as const;

/** `?day=YYYY-MM-DD[&region=CODE]`: the region defaults to the account's own. */
export const reconciliationQuerySchema = z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), region: z.string().regex(/^\d{6}$/).optional() }).strict();

export const mismatchSchema = z.object({
  orderId: z.string(),
  kind: z.enum(['paid_not_recorded', 'recorded_not_paid', 'amount_differs', 'refund_differs']),
  platformState: orderStateSchema.nullable(),
  platformFen: fenSchema.nullable(),
  providerFen: fenSchema.nullable(),
});

export const reconciliationSchema = z.object({
  day: z.string(),
  /** The region whose terminals' orders are listed; money no order records is listed for the province only. */
  region: z.string(),
  orders: z.array(z.object({ orderId: z.string(), dueKey: z.string(), amountFen: fenSchema, state: orderStateSchema, createdAt: z.string() })),
  /** The provider's statement of the day: what it took and gave back. */
  payments: z.array(z.object({ orderId: z.string(), providerTradeNo: z.string(), amountFen: fenSchema, refundedFen: fenSchema })),
  mismatches: z.array(mismatchSchema),
  totals: z.object({ platformPaidFen: fenSchema, providerNetFen: fenSchema }),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;
