import { regionPrefix } from '../../standards/region-code.js';
import type { Queryable } from '../db/database.js';
import type { Reconciliation } from '../protocol/payments.js';
import type { Payments } from './payments.js';
import type { StatementLine } from './provider.js';
import { ordersOfDay, type OrderRow } from './store.js';

/** Whose orders: the region's terminals; `wholeProvince` adds money the provider took for no order. */
export interface ReconcileScope {
  region: string;
  wholeProvince: boolean;
}

type Mismatch = Reconciliation['mismatches'][number];

const sum = (amounts: readonly number[]): number => amounts.reduce((a, b) => a + b, 0);

/** One order against the provider's line for it: what differs, if anything. */
function compare(order: OrderRow | undefined, line: StatementLine | undefined): Mismatch['kind'] | undefined {
  const tookMoney = order?.state === 'paid' || order?.state === 'refunded';
  if (line && !tookMoney) return 'paid_not_recorded';
  if (!line) return order?.state === 'paid' || order?.state === 'refunded' ? 'recorded_not_paid' : undefined;
  if (order && order.amount_fen !== line.amountFen) return 'amount_differs';
  if (order && (order.state === 'refunded') !== (line.refundedFen > 0)) return 'refund_differs';
  return undefined;
}

/**
 * 对账 for one Beijing day: the platform's orders beside the provider's statement, and every order
 * where they disagree: money taken that no order records, an order paid that the provider never
 * took, different amounts, a refund one side knows of. Totals in fen. Orders still pending are
 * asked of the provider first (a notification that never came), so what is left is a real fault.
 */
export async function reconcile(db: Queryable, platform: Payments, day: string, scope: ReconcileScope): Promise<Reconciliation> {
  const prefix = regionPrefix(scope.region);
  for (const pending of (await ordersOfDay(db, day, prefix)).filter((o) => o.state === 'pending')) {
    await platform.apply(pending, await platform.provider.query(pending.id));
  }
  const orders = await ordersOfDay(db, day, prefix);
  const ours = new Set(orders.map((o) => o.id));
  // Money no order records belongs to no region: the province's accounts see it.
  const known = new Set((await ordersOfDay(db, day)).map((o) => o.id));
  const payments = (await platform.provider.statement(day)).filter((p) => ours.has(p.orderId) || (scope.wholeProvince && !known.has(p.orderId)));
  const byOrder = new Map(orders.map((o) => [o.id, o]));
  const byLine = new Map(payments.map((p) => [p.orderId, p]));
  const ids = [...new Set([...byOrder.keys(), ...byLine.keys()])].sort();
  const mismatches = ids.flatMap((id): Mismatch[] => {
    const order = byOrder.get(id);
    const line = byLine.get(id);
    const kind = compare(order, line);
    return kind ? [{ orderId: id, kind, platformState: order?.state ?? null, platformFen: order?.amount_fen ?? null, providerFen: line?.amountFen ?? null }] : [];
  });
  return {
    day,
    region: scope.region,
    orders: orders.map((o) => ({ orderId: o.id, dueKey: o.due_key, amountFen: o.amount_fen, state: o.state, createdAt: o.created_at })),
    payments,
    mismatches,
    totals: {
      platformPaidFen: sum(orders.filter((o) => o.state === 'paid').map((o) => o.amount_fen)),
      providerNetFen: sum(payments.map((p) => p.amountFen - p.refundedFen)),
    },
  };
}
