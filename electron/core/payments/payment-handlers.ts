import type { OrderView } from '../../../platform/protocol/payments.js';
import type { PaymentView } from '../../api/payments.js';
import type { Handlers } from '../dispatch.js';
import type { KioskServices } from '../kiosk-services.js';
import { KioskError, refusal } from '../../api/kiosk-error.js';
import { askPlatform, caseNotHeld, caseNotProceeding } from './payment-errors.js';
import { paymentReceipt } from './payment-receipt.js';
import type { PaymentWait, PaymentWaits } from './payment-waits.js';

export type PaymentServices = Pick<KioskServices, 'platform' | 'terminal' | 'printReceipt' | 'uploads'> & { payments: PaymentWaits };

type PaymentRequests = 'payment.notice' | 'payment.start' | 'payment.caseFees' | 'payment.status' | 'payment.cancel' | 'payment.unfinished' | 'payment.receipt' | 'payment.dismiss';

const notPaid = () =>
  refusal('PAYMENT_NOT_FOUND', { zh: '这笔支付没有成功，没有缴费凭证', en: 'This payment did not go through: there is no receipt' }, { zh: '没有扣款', en: 'Nothing was charged' });

function view(order: OrderView, receiptPrinted: boolean): PaymentView {
  const { orderId, noticeNumber, caseFee, subject: itemName, amountFen, state, qrPayload, settledAt } = order;
  return { orderId, noticeNumber, caseFee, itemName, amountFen, state, qrPayload, settledAt, receiptPrinted };
}

/**
 * 缴费: every step asks the platform (online only), and the order is kept in the store before the
 * platform is asked for it, so a restart mid-payment finds it and asks how it ended.
 */
export function paymentHandlers(services: PaymentServices): Pick<Handlers, PaymentRequests> {
  const { platform, payments } = services;
  /** The wait's order, made (or found again by its key) at the platform; the store follows its state. */
  const orderOf = async (wait: PaymentWait): Promise<OrderView> => {
    const order = await askPlatform(() => (wait.orderId ? platform.paymentOrderState(wait.orderId) : platform.paymentOrder(wait.idempotencyKey, wait.due))).catch((error: unknown) => {
      // Refused, no order was made; offline, one may have been (the reply lost): kept, to ask again.
      if (error instanceof KioskError && error.code !== 'PAYMENT_OFFLINE') payments.abandon(wait.idempotencyKey);
      throw error;
    });
    if (!wait.orderId) payments.ordered(wait.idempotencyKey, order.orderId);
    payments.settled(order.orderId, order.state);
    return order;
  };
  const followed = async (orderId: string, cancel: boolean): Promise<PaymentView> => {
    const order = await askPlatform(() => platform.paymentOrderState(orderId, cancel));
    payments.settled(orderId, order.state);
    return view(order, payments.byOrder(orderId)?.receiptPrinted ?? false);
  };
  return {
    'payment.notice': ({ noticeNumber }) => askPlatform(() => platform.paymentNotice(noticeNumber)),
    'payment.start': async (due) => {
      // A case just accepted may still wait in the outbox: sent first, so the platform knows its fee.
      if ('caseFee' in due) await services.uploads.flush();
      let order = await orderOf(payments.begin(due));
      // The pending order this terminal held was declined or closed meanwhile: a new try is a new order.
      if (order.state !== 'pending' && order.state !== 'paid') order = await orderOf(payments.begin(due));
      return view(order, false);
    },
    'payment.caseFees': async ({ caseNumber }) => {
      await services.uploads.flush();
      const held = await askPlatform(() => platform.getCase(caseNumber));
      if (!held) throw caseNotHeld();
      if (held.notProceeding) throw caseNotProceeding();
      return { caseNumber: held.caseNumber, itemName: held.itemName, fees: held.fees ?? [] };
    },
    'payment.status': ({ orderId }) => followed(orderId, false),
    'payment.cancel': ({ orderId }) => followed(orderId, true),
    'payment.unfinished': async () => {
      const wait = payments.unfinished();
      return wait ? view(await orderOf(wait), wait.receiptPrinted) : null;
    },
    'payment.receipt': async ({ orderId }) => {
      const order = await askPlatform(() => platform.paymentOrderState(orderId));
      if (order.state !== 'paid') throw notPaid();
      const noticeNumber = order.noticeNumber;
      const paid = noticeNumber ? { notice: await askPlatform(() => platform.paymentNotice(noticeNumber)) } : { caseFee: order.caseFee };
      const again = payments.byOrder(orderId)?.receiptPrinted ?? false;
      const { hallName, terminalName } = services.terminal;
      const result = await services.printReceipt(null, paymentReceipt({ hallName, terminalName, order, paid, printedAt: new Date(), again }));
      if (result.printed) payments.receiptPrinted(orderId);
      return result;
    },
    'payment.dismiss': async ({ orderId }) => {
      payments.dismiss(orderId);
      return { dismissed: true };
    },
  };
}
