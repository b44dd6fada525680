import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AdminGate } from '../accounts/gate.js';
import type { Database } from '../db/database.js';
import { parseBody, rawBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import { notProceedingRequestSchema, noticeNumberSchema, orderRequestSchema, refundRequestSchema, paymentNotificationSchema, reconciliationQuerySchema, type NotProceedingReply, type OrderView, type PaymentNotice, type Reconciliation } from '../protocol/payments.js';
import type { CaseStatusReply } from '../protocol/cases.js';
import { markNotProceeding, notProceedingOf } from '../cases/not-proceeding.js';
import { findCaseStatus } from '../cases/status.js';
import { caseNumberShape } from '../../standards/case-number.js';
import { auditRefund } from './refund-audit.js';
import { verifyNotification } from './notify-signature.js';
import { caseNotFound, Payments, type PaymentsConfig } from './payments.js';
import { ProviderUnavailableError } from './provider.js';
import { reconcile } from './reconcile.js';
import { orderById, recordNotification } from './store.js';

const orderParams = z.object({ id: z.uuid() }).strict();
const noticeParams = z.object({ number: noticeNumberSchema }).strict();
const caseParams = z.object({ caseNumber: z.string().regex(caseNumberShape) }).strict();

/** A provider that does not answer is a passing failure: the terminal says so and the citizen may retry. */
async function viaProvider<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ProviderUnavailableError) throw new HttpError(503, 'provider_unavailable', error.message);
    throw error;
  }
}

const idOf = (request: FastifyRequest) => parseInput(orderParams, request.params, 'bad_order_id').id;

/** The terminals' payment routes, the provider's notification, and the admins' reconciliation and refund. */
export function paymentRoutes(app: FastifyInstance, db: Database, gate: AdminGate, config: PaymentsConfig): void {
  const payments = new Payments(db, config);

  app.get('/v1/payment-notices/:number', async (request): Promise<PaymentNotice> => {
    await authenticateTerminal(db, request);
    const { number } = parseInput(noticeParams, request.params, 'bad_notice_number');
    return payments.notice(number);
  });

  app.post('/v1/payment-orders', async (request): Promise<OrderView> => {
    const terminal = await authenticateTerminal(db, request);
    const order = parseBody(orderRequestSchema, request);
    return viaProvider(() => payments.order(terminal.id, order));
  });

  app.get('/v1/payment-orders/:id', async (request): Promise<OrderView> => {
    const terminal = await authenticateTerminal(db, request);
    return viaProvider(() => payments.view(terminal.id, idOf(request)));
  });

  app.post('/v1/payment-orders/:id/cancel', async (request): Promise<OrderView> => {
    const terminal = await authenticateTerminal(db, request);
    return viaProvider(() => payments.cancel(terminal.id, idOf(request)));
  });

  app.post('/v1/payments/notify', async (request, reply) => {
    const body = rawBody(request);
    if (!verifyNotification(config.provider.notifyKey, request.headers, body)) {
      await recordNotification(db, null, 'bad_signature');
      throw new HttpError(401, 'bad_signature', 'notification signature does not verify with the provider key');
    }
    const notification = parseBody(paymentNotificationSchema, request);
    const order = await orderById(db, notification.orderId);
    if (!order) {
      await recordNotification(db, null, 'unknown_order');
      throw new HttpError(404, 'order_not_found', 'no order has this id');
    }
    if (order.amount_fen !== notification.amountFen) {
      await recordNotification(db, order.id, 'amount_mismatch');
      throw new HttpError(422, 'amount_mismatch', 'the notified amount is not the order amount');
    }
    const verdict = await payments.apply(order, { state: notification.result, providerTradeNo: notification.providerTradeNo });
    await recordNotification(db, order.id, verdict);
    // Acknowledged either way, so the provider stops repeating it.
    return reply.send({ code: 'SUCCESS' });
  });

  app.get('/v1/admin/payments/reconciliation', async (request): Promise<Reconciliation> => {
    const { day, region } = parseInput(reconciliationQuerySchema, request.query, 'bad_query', 'day=YYYY-MM-DD[&region=CODE]');
    const actor = await gate.authorize(request, 'payments.read', region);
    const scope = region ?? actor.account.regionCode;
    return viaProvider(() => reconcile(db, payments, day, { region: scope, wholeProvince: scope === gate.provinceRegion }));
  });

  app.post('/v1/admin/payment-orders/:id/refund', async (request): Promise<OrderView> => {
    const actor = await gate.authorize(request, 'payments.refund', gate.provinceRegion);
    const { reason } = parseBody(refundRequestSchema, request);
    const order = await viaProvider(() => payments.refund(idOf(request), reason));
    await auditRefund(db, actor, order.orderId, { orders: [order.orderId] });
    return order;
  });

  // 不予受理 / 终止办理: the case is marked once, and every fee it paid goes back, once.
  app.post('/v1/admin/cases/:caseNumber/not-proceeding', async (request): Promise<NotProceedingReply> => {
    const actor = await gate.authorize(request, 'payments.refund', gate.provinceRegion);
    const { caseNumber } = parseInput(caseParams, request.params, 'bad_case_number');
    const mark = parseBody(notProceedingRequestSchema, request);
    if (!(await markNotProceeding(db, caseNumber, mark))) throw caseNotFound();
    const refunded = await viaProvider(() => payments.refundCase(caseNumber, mark.reason));
    const notProceeding = await notProceedingOf(db, caseNumber);
    if (!notProceeding) throw new Error(`case ${caseNumber} was marked but reads as proceeding`);
    const orders = refunded.orders.filter((o) => o.state === 'refunded').map((o) => o.orderId);
    await auditRefund(db, actor, caseNumber, { orders, refundedFen: refunded.refundedFen, kind: notProceeding.kind }, 'case.not_proceeding');
    return { ...refunded, notProceeding };
  });

  // The console's case view: the case as the query screen sees it, with its mark.
  app.get('/v1/admin/cases/:caseNumber', async (request): Promise<CaseStatusReply> => {
    await gate.authorize(request, 'payments.read', gate.provinceRegion);
    const { caseNumber } = parseInput(caseParams, request.params, 'bad_case_number');
    const status = await findCaseStatus(db, caseNumber);
    if (!status) throw caseNotFound();
    return status;
  });
}

/**
 * A platform started without a payment provider (`tongban platform --payments off`): the terminals'
 * payment routes say so, rather than 404, so a terminal tells its citizen to pay at a window.
 */
export function paymentsOffRoutes(app: FastifyInstance): void {
  const off = async (): Promise<never> => {
    throw new HttpError(503, 'no_payment_provider', '本平台尚未接入支付机构，暂时不能缴费，请到服务窗口缴费 / this platform is connected to no payment provider; pay at a service window');
  };
  app.get('/v1/payment-notices/:number', off);
  app.post('/v1/payment-orders', off);
  app.get('/v1/payment-orders/:id', off);
  app.post('/v1/payment-orders/:id/cancel', off);
}
