import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { signNotification } from './notify-signature.js';
import type { PaymentProvider, ProviderResult, StatementLine } from './provider.js';
import type { PaymentNotification } from '../protocol/payments.js';

/**
 * How the simulated citizen's phone and the gateway behave when the phone pays (a test sets it):
 * approve; decline (the bank refuses); timeout (the citizen never confirms: nothing is heard);
 * notifyTwice (the gateway repeats its notification, as real ones do until acknowledged);
 * notifyLate (paid, but the notification waits until deliverLate(): the platform must ask);
 * signWrongly (paid, and a notification signed by another key arrives: a forgery's shape).
 */
export const simulatorModes = ['approve', 'decline', 'timeout', 'notifyTwice', 'notifyLate', 'signWrongly'] as const;
export type SimulatorMode = (typeof simulatorModes)[number];

interface SimOrder {
  orderId: string;
  amountFen: number;
  state: ProviderResult['state'];
  providerTradeNo: string | null;
  paidAt: Date | null;
  refundKeys: Set<string>;
  refundedFen: number;
}

export interface SimulatorOptions {
  /** Where notifications are POSTed (the platform's /v1/payments/notify); set later with notifyTo. */
  notifyUrl?: string;
  /** The demo's stand-in for a citizen with a phone: pays each new order after this long. */
  autoPayMs?: number;
}

const beijingDay = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The gateway of the demo and the tests: orders in memory, notifications over real HTTP. */
export class PaymentSimulator implements PaymentProvider {
  mode: SimulatorMode = 'approve';
  readonly notifyKey: KeyObject;
  private readonly signingKey: KeyObject;
  private readonly orders = new Map<string, SimOrder>();
  private readonly late: string[] = [];
  private notifyUrl: string | undefined;

  constructor(private readonly options: SimulatorOptions = {}) {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    this.notifyKey = publicKey;
    this.signingKey = privateKey;
    this.notifyUrl = options.notifyUrl;
  }

  notifyTo(url: string): void {
    this.notifyUrl = url;
  }

  async createOrder(order: { orderId: string; amountFen: number; subject: string }): Promise<{ qrPayload: string }> {
    if (!this.orders.has(order.orderId)) {
      this.orders.set(order.orderId, { orderId: order.orderId, amountFen: order.amountFen, state: 'pending', providerTradeNo: null, paidAt: null, refundKeys: new Set(), refundedFen: 0 });
      if (this.options.autoPayMs !== undefined) setTimeout(() => void this.payByPhone(order.orderId).catch(() => undefined), this.options.autoPayMs).unref();
    }
    // What a phone's wallet opens: a code URL of the provider's cashier for this order.
    return { qrPayload: `https://pay.example.invalid/sim/cashier?order=${order.orderId}` };
  }

  /**
   * The citizen confirms on their phone: the order is settled as `mode` says and the notification
   * sent. Resolves once the platform answered the notifications sent now (none held back).
   */
  async payByPhone(orderId: string): Promise<void> {
    const order = this.orders.get(orderId);
    if (!order || order.state !== 'pending' || this.mode === 'timeout') return;
    order.state = this.mode === 'decline' ? 'declined' : 'paid';
    order.providerTradeNo = `SIM${randomUUID().replaceAll('-', '').slice(0, 24)}`;
    order.paidAt = new Date();
    if (this.mode === 'notifyLate') {
      this.late.push(orderId);
      return;
    }
    await this.notify(order, this.mode === 'signWrongly' ? generateKeyPairSync('ed25519').privateKey : this.signingKey);
    if (this.mode === 'notifyTwice') await this.notify(order, this.signingKey);
  }

  /** The notifications held back in notifyLate, sent now. */
  async deliverLate(): Promise<void> {
    for (const orderId of this.late.splice(0)) {
      const order = this.orders.get(orderId);
      if (order) await this.notify(order, this.signingKey);
    }
  }

  async query(orderId: string): Promise<ProviderResult> {
    const order = this.orders.get(orderId);
    if (!order) return { state: 'unknown', providerTradeNo: null, amountFen: null, paidAt: null };
    return {
      state: order.state,
      providerTradeNo: order.providerTradeNo,
      amountFen: order.state === 'paid' ? order.amountFen : null,
      paidAt: order.paidAt?.toISOString() ?? null,
    };
  }

  async close(orderId: string): Promise<ProviderResult> {
    const order = this.orders.get(orderId);
    if (order?.state === 'pending') order.state = 'closed';
    return this.query(orderId);
  }

  async refund(orderId: string, refundKey: string): Promise<{ refundedFen: number }> {
    const order = this.orders.get(orderId);
    if (order?.state !== 'paid') throw new Error(`simulated provider: order ${orderId} is not paid, nothing to refund`);
    if (!order.refundKeys.has(refundKey) && order.refundedFen === 0) {
      order.refundKeys.add(refundKey);
      order.refundedFen = order.amountFen;
    }
    return { refundedFen: order.refundedFen };
  }

  async statement(day: string): Promise<StatementLine[]> {
    return [...this.orders.values()]
      .filter((o) => o.state === 'paid' && o.paidAt && beijingDay(o.paidAt) === day && o.providerTradeNo)
      .map((o) => ({ orderId: o.orderId, providerTradeNo: o.providerTradeNo ?? '', amountFen: o.amountFen, refundedFen: o.refundedFen }));
  }

  /** For a test of reconciliation: the provider took money the platform never heard of. */
  takeUnheard(orderId: string, amountFen: number): void {
    this.orders.set(orderId, { orderId, amountFen, state: 'paid', providerTradeNo: `SIM-UNHEARD-${orderId.slice(0, 8)}`, paidAt: new Date(), refundKeys: new Set(), refundedFen: 0 });
  }

  /** Sends a notification signed with the provider's own key, whatever it says (a test's unknown order or wrong amount); the platform's status. */
  async send(notification: PaymentNotification, key: KeyObject = this.signingKey): Promise<number> {
    if (!this.notifyUrl) throw new Error('simulated provider: no notify URL (notifyTo)');
    const body = JSON.stringify(notification);
    const res = await fetch(this.notifyUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...signNotification(key, body) }, body });
    await res.body?.cancel();
    return res.status;
  }

  private async notify(order: SimOrder, key: KeyObject): Promise<void> {
    if (!this.notifyUrl || !order.paidAt || !order.providerTradeNo) return;
    const result = order.state === 'declined' ? 'declined' : 'paid';
    await this.send({ orderId: order.orderId, providerTradeNo: order.providerTradeNo, result, amountFen: order.amountFen, paidAt: order.paidAt.toISOString() }, key);
  }
}
