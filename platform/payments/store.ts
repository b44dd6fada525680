import type { Queryable } from '../db/database.js';
import { beijingDay } from '../db/beijing-day.js';
import type { CaseFeeDue, OrderState } from '../protocol/payments.js';

export interface OrderRow {
  id: string;
  idempotency_key: string;
  terminal_id: string;
  due_key: string;
  subject: string;
  amount_fen: number;
  state: OrderState;
  qr_payload: string;
  provider_trade_no: string | null;
  settled_at: string | null;
  created_at: string;
}

const isoUtc = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
// bigint comes back from node-postgres as text: ::int keeps fen a number (maxFen fits an int4).
const columns = `id, idempotency_key, terminal_id, due_key, subject, amount_fen::int AS amount_fen, state, qr_payload,
  provider_trade_no, ${isoUtc('settled_at')} AS settled_at, ${isoUtc('created_at')} AS created_at`;

export const noticeDueKey = (noticeNumber: string): string => `notice:${noticeNumber}`;
export const caseFeeDueKey = ({ caseNumber, fee }: CaseFeeDue): string => `case:${caseNumber}:${fee}`;

/** What a due key names: a notice's number, or a case's fee. */
export function dueOfKey(dueKey: string): { noticeNumber: string | null; caseFee: CaseFeeDue | null } {
  const caseFee = /^case:(.+):(\d)$/.exec(dueKey);
  if (caseFee) return { noticeNumber: null, caseFee: { caseNumber: caseFee[1] ?? '', fee: Number(caseFee[2]) } };
  return { noticeNumber: dueKey.replace(/^notice:/, ''), caseFee: null };
}

async function one(db: Queryable, where: string, param: string): Promise<OrderRow | undefined> {
  const { rows } = await db.query<OrderRow>(`SELECT ${columns} FROM payment_orders WHERE ${where}`, [param]);
  return rows[0];
}

export const orderById = (db: Queryable, id: string) => one(db, 'id = $1', id);
export const orderByKey = (db: Queryable, key: string) => one(db, 'idempotency_key = $1', key);
/** The pending or paid order of a due payment: there is at most one (payment_orders_one_live_per_due). */
export const liveOrder = (db: Queryable, dueKey: string) => one(db, `due_key = $1 AND state IN ('pending', 'paid')`, dueKey);

/** The orders of a case's fees, any state, oldest first. */
export async function caseOrders(db: Queryable, caseNumber: string): Promise<OrderRow[]> {
  const prefix = `case:${caseNumber}:`;
  const { rows } = await db.query<OrderRow>(`SELECT ${columns} FROM payment_orders WHERE left(due_key, length($1)) = $1 ORDER BY created_at, id`, [prefix]);
  return rows;
}

/** A refunded order of the due: a case fee given back because the case cannot proceed. */
export const refundedOrder = (db: Queryable, dueKey: string) => one(db, `due_key = $1 AND state = 'refunded'`, dueKey);

export async function insertOrder(db: Queryable, order: Pick<OrderRow, 'id' | 'idempotency_key' | 'terminal_id' | 'due_key' | 'subject' | 'amount_fen' | 'qr_payload'>): Promise<void> {
  await db.query(
    `INSERT INTO payment_orders (id, idempotency_key, terminal_id, due_key, subject, amount_fen, state, qr_payload)
     VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7)`,
    [order.id, order.idempotency_key, order.terminal_id, order.due_key, order.subject, order.amount_fen, order.qr_payload],
  );
}

/**
 * Moves an order out of `from` once: of two notifications (or a notification and a query) racing,
 * one finds the row in `from` and the other finds nothing to change. True when this call moved it.
 */
export async function settleOrder(db: Queryable, id: string, from: OrderState, to: OrderState, tradeNo: string | null): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE payment_orders SET state = $3, provider_trade_no = coalesce($4, provider_trade_no), settled_at = coalesce(settled_at, now())
      WHERE id = $1 AND state = $2 RETURNING id`,
    [id, from, to, tradeNo],
  );
  return rows.length === 1;
}

export async function markRefunded(db: Queryable, id: string, reason: string): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE payment_orders SET state = 'refunded', refunded_at = now(), refund_reason = $2 WHERE id = $1 AND state IN ('paid', 'closed') RETURNING id`,
    [id, reason],
  );
  return rows.length === 1;
}

export type NotificationVerdict = 'applied' | 'already_settled' | 'unknown_order' | 'bad_signature' | 'amount_mismatch';

export async function recordNotification(db: Queryable, orderId: string | null, verdict: NotificationVerdict): Promise<void> {
  await db.query(`INSERT INTO payment_notifications (order_id, verdict) VALUES ($1, $2)`, [orderId, verdict]);
}

/**
 * Orders made on a Beijing day, or settled on it (a payment the provider lists on the day it was
 * paid), of the terminals whose region code starts with `regionPrefix`.
 */
export async function ordersOfDay(db: Queryable, day: string, regionPrefix = ''): Promise<OrderRow[]> {
  const { rows } = await db.query<OrderRow>(
    `SELECT ${columns} FROM payment_orders
      WHERE (${beijingDay('created_at')} = $1 OR (settled_at IS NOT NULL AND ${beijingDay('settled_at')} = $1))
        AND terminal_id IN (SELECT id FROM terminals WHERE region_code LIKE $2 || '%')
      ORDER BY created_at, id`,
    [day, regionPrefix],
  );
  return rows;
}
