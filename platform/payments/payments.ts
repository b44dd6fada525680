import { v7 as uuidv7 } from 'uuid';
import { isUniqueViolation, type Database } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import type { CaseRefund, OrderRequest, OrderView, PaymentNotice } from '../protocol/payments.js';
import type { NonTaxSystem } from './non-tax.js';
import type { PaymentProvider, ProviderResult } from './provider.js';
import { refuseIfNotProceeding } from '../cases/not-proceeding.js';
import { caseFeeOf, type UnpublishedCatalogFees } from './case-fee.js';
import { caseFeeDueKey, caseOrders, dueOfKey, insertOrder, liveOrder, markRefunded, noticeDueKey, orderById, orderByKey, refundedOrder, settleOrder, type OrderRow } from './store.js';

/** What the platform pays through: the gateway and the 非税 system the notices come from. */
export interface PaymentsConfig {
  provider: PaymentProvider;
  nonTax: NonTaxSystem;
  /** Case fees of a terminal on a catalog this platform never published; refused unless said otherwise. */
  unpublishedCatalogFees?: UnpublishedCatalogFees;
}

const noticeNotFound = () => new HttpError(404, 'notice_not_found', '未查到该缴款通知书，请核对编号 / no payment notice has this number; check it');
const alreadyPaid = () => new HttpError(409, 'already_paid', '该缴款通知书已缴清，无需再缴 / this notice is already paid');
const caseRefunded = () =>
  new HttpError(409, 'case_refunded', '该办件不再办理，已缴费用已退还，无需再缴 / this case does not proceed and its fees were refunded; nothing is due');
export const caseNotFound = () => new HttpError(404, 'case_not_found', '平台未查到该办件，请核对办件编号 / the platform holds no case of this number; check it');
const orderNotFound = () => new HttpError(404, 'order_not_found', '未查到该支付订单 / no such payment order of this terminal');

export function orderView(row: OrderRow): OrderView {
  return {
    orderId: row.id,
    ...dueOfKey(row.due_key),
    subject: row.subject,
    amountFen: row.amount_fen,
    state: row.state,
    qrPayload: row.qr_payload,
    providerTradeNo: row.provider_trade_no,
    settledAt: row.settled_at,
  };
}

/**
 * The platform's side of 缴费. Money is neither lost nor taken twice: one live order per due payment
 * (a unique index), the terminal's idempotency key finds its order again, and an order is settled
 * once (settleOrder moves it only from pending).
 */
export class Payments {
  constructor(
    private readonly db: Database,
    private readonly config: PaymentsConfig,
  ) {}

  get provider(): PaymentProvider {
    return this.config.provider;
  }

  async notice(noticeNumber: string): Promise<PaymentNotice> {
    const facts = await this.config.nonTax.lookup(noticeNumber);
    if (!facts) throw noticeNotFound();
    const live = await liveOrder(this.db, noticeDueKey(noticeNumber));
    return { ...facts, paid: live?.state === 'paid' };
  }

  /** The order of this key, made now if it is new; an earlier citizen's unpaid order of the same notice is closed first. */
  async order(terminalId: string, request: OrderRequest): Promise<OrderView> {
    const known = await orderByKey(this.db, request.idempotencyKey);
    if (known) return this.ownView(terminalId, known);
    const { dueKey, subject, amountFen } = await this.due(request);
    const live = await liveOrder(this.db, dueKey);
    if (live?.state === 'paid') throw alreadyPaid();
    if (live && (await this.closeAtProvider(live)) === 'paid') throw alreadyPaid();
    const id = uuidv7();
    const { qrPayload } = await this.config.provider.createOrder({ orderId: id, amountFen, subject });
    const row = { id, idempotency_key: request.idempotencyKey, terminal_id: terminalId, due_key: dueKey, subject, amount_fen: amountFen, qr_payload: qrPayload };
    try {
      await insertOrder(this.db, row);
    } catch (error) {
      // Another request made the due's order at the same moment: this one is never shown, so it is closed.
      if (!isUniqueViolation(error)) throw error;
      await this.config.provider.close(id);
      const raced = await orderByKey(this.db, request.idempotencyKey);
      if (raced) return this.ownView(terminalId, raced);
      throw new HttpError(409, 'due_in_progress', '该缴款通知书正在其他终端支付，请稍后再试 / this notice is being paid at another terminal; try again shortly');
    }
    return this.view(terminalId, id);
  }

  /** What a request pays, as the platform knows it (never the terminal's word for the amount). */
  private async due(request: OrderRequest): Promise<{ dueKey: string; subject: string; amountFen: number }> {
    if ('caseFee' in request) {
      await refuseIfNotProceeding(this.db, request.caseFee.caseNumber);
      const fee = await caseFeeOf(this.db, request.caseFee, this.config.unpublishedCatalogFees ?? 'refuse');
      // A case that cannot proceed had its fees given back: taking them again would take money for nothing.
      if (await refundedOrder(this.db, caseFeeDueKey(request.caseFee))) throw caseRefunded();
      return { dueKey: caseFeeDueKey(request.caseFee), subject: `${fee.itemName}：${fee.name}`, amountFen: fee.amountFen };
    }
    const facts = await this.config.nonTax.lookup(request.noticeNumber);
    if (!facts) throw noticeNotFound();
    return { dueKey: noticeDueKey(request.noticeNumber), subject: facts.itemName, amountFen: facts.amountFen };
  }

  /** Where an order stands; a pending one is asked of the provider, so a late notification loses nothing. */
  async view(terminalId: string, orderId: string): Promise<OrderView> {
    const row = await this.own(terminalId, orderId);
    if (row.state === 'pending') await this.apply(row, await this.config.provider.query(orderId));
    return orderView(await this.own(terminalId, orderId));
  }

  /** The citizen gave up waiting: closed at the provider, unless it was paid meanwhile, which it then says. */
  async cancel(terminalId: string, orderId: string): Promise<OrderView> {
    const row = await this.own(terminalId, orderId);
    if (row.state === 'pending') await this.closeAtProvider(row);
    return orderView(await this.own(terminalId, orderId));
  }

  /** Gives a paid order's money back (the case it paid for cannot proceed); refunding twice gives nothing more. */
  async refund(orderId: string, reason: string): Promise<OrderView> {
    const row = await orderById(this.db, orderId);
    if (!row) throw orderNotFound();
    if (row.state === 'refunded') return orderView(row);
    if (row.state !== 'paid') throw new HttpError(409, 'not_paid', '该订单未支付，无需退款 / this order was not paid; nothing to refund');
    await this.giveBack(orderId, reason);
    return orderView((await orderById(this.db, orderId)) ?? row);
  }

  /** The provider refunds under one key per order, so a retry gives nothing more; true when this call marked it refunded. */
  private async giveBack(orderId: string, reason: string): Promise<boolean> {
    await this.config.provider.refund(orderId, `refund-${orderId}`);
    return markRefunded(this.db, orderId, reason);
  }

  /**
   * Gives back every paid fee of a case that cannot proceed, each through the provider once: called
   * again it refunds nothing more. An order still waiting is closed first, and given back if the
   * citizen paid it meanwhile. The fees' orders as they then stand, and what this call gave back.
   */
  async refundCase(caseNumber: string, reason: string): Promise<CaseRefund> {
    const { rows } = await this.db.query('SELECT 1 FROM cases WHERE case_number = $1', [caseNumber]);
    if (rows.length === 0) throw caseNotFound();
    let refundedFen = 0;
    for (const order of await caseOrders(this.db, caseNumber)) {
      const state = order.state === 'pending' ? await this.closeAtProvider(order) : order.state;
      if (state !== 'paid') continue;
      if (await this.giveBack(order.id, reason)) refundedFen += order.amount_fen;
    }
    return { caseNumber, refundedFen, orders: (await caseOrders(this.db, caseNumber)).map(orderView) };
  }

  /**
   * Settles a pending order from what the provider says, once. An order is closed only after the
   * provider closed it, so no payment can follow; if one did, reconciliation lists it.
   */
  async apply(row: OrderRow, result: Pick<ProviderResult, 'state' | 'providerTradeNo'>): Promise<'applied' | 'already_settled'> {
    if (result.state !== 'paid' && result.state !== 'declined' && result.state !== 'closed') return 'already_settled';
    const moved = await settleOrder(this.db, row.id, 'pending', result.state, result.providerTradeNo);
    return moved ? 'applied' : 'already_settled';
  }

  private async closeAtProvider(row: OrderRow): Promise<ProviderResult['state']> {
    const result = await this.config.provider.close(row.id);
    await this.apply(row, result.state === 'pending' || result.state === 'unknown' ? { state: 'closed', providerTradeNo: null } : result);
    return result.state;
  }

  private async own(terminalId: string, orderId: string): Promise<OrderRow> {
    const row = await orderById(this.db, orderId);
    if (!row || row.terminal_id !== terminalId) throw orderNotFound();
    return row;
  }

  private ownView(terminalId: string, row: OrderRow): Promise<OrderView> {
    if (row.terminal_id !== terminalId) throw new HttpError(409, 'key_taken', 'this idempotency key belongs to another terminal\'s order');
    return this.view(terminalId, row.id);
  }
}
