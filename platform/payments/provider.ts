import type { KeyObject } from 'node:crypto';

/** What the provider says of one order when asked (its query API), or when closing it. */
export interface ProviderResult {
  state: 'pending' | 'paid' | 'declined' | 'closed' | 'unknown';
  providerTradeNo: string | null;
  /** What it took, in fen; null unless paid. */
  amountFen: number | null;
  paidAt: string | null;
}

/** One line of the provider's daily statement (对账单): what it took for an order and gave back. */
export interface StatementLine {
  orderId: string;
  providerTradeNo: string;
  amountFen: number;
  refundedFen: number;
}

/**
 * A payment gateway as such gateways work (WeChat Pay's Native payment, Alipay's precreate): an
 * order made with our order id as its idempotency key, a QR payload the phone scans, an
 * asynchronous notification signed with the provider's key, a query when it is late, closing an
 * unpaid order, refunds, and a statement per day. The demo and the tests use PaymentSimulator.
 */
export interface PaymentProvider {
  /** Its public key: only notifications it signed are believed. */
  readonly notifyKey: KeyObject;
  /** The same orderId again answers the same order: a retry never makes a second one. */
  createOrder(order: { orderId: string; amountFen: number; subject: string }): Promise<{ qrPayload: string }>;
  query(orderId: string): Promise<ProviderResult>;
  /** Closes an unpaid order so it can no longer be paid; a paid one stays paid and says so. */
  close(orderId: string): Promise<ProviderResult>;
  /** Gives the whole amount back; the same refundKey again refunds nothing more. */
  refund(orderId: string, refundKey: string): Promise<{ refundedFen: number }>;
  /** What it took and refunded on one Beijing day (YYYY-MM-DD). */
  statement(day: string): Promise<StatementLine[]>;
}

/** The provider's order id format is its own; ours is the idempotency key it is given. */
export class ProviderUnavailableError extends Error {
  constructor(detail: string) {
    super(`支付渠道暂时无法连接，请稍后再试 / the payment provider is unavailable: ${detail}`);
    this.name = 'ProviderUnavailableError';
  }
}
