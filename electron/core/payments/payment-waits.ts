import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { OrderState } from '../../../platform/protocol/payments.js';

export interface PaymentWait {
  idempotencyKey: string;
  noticeNumber: string;
  orderId: string | null;
  state: OrderState;
  receiptPrinted: boolean;
}

interface WaitRow {
  idempotency_key: string;
  notice_number: string;
  order_id: string | null;
  state: OrderState;
  receipt_printed: number;
}

const fromRow = (row: WaitRow): PaymentWait => ({
  idempotencyKey: row.idempotency_key,
  noticeNumber: row.notice_number,
  orderId: row.order_id,
  state: row.state,
  receiptPrinted: row.receipt_printed === 1,
});

/** How long an ended payment is shown again after a restart: the citizen is still at the screen. */
const resumeWindowMs = 15 * 60_000;

/** The payments begun on this terminal, each written before the platform hears of it. */
export class PaymentWaits {
  constructor(private readonly db: Database) {}

  /** The key for paying this notice: the pending wait's if there is one, else a new one, committed now. */
  begin(noticeNumber: string, now = new Date()): PaymentWait {
    const pending = this.db
      .prepare<[string], WaitRow>(`SELECT * FROM payment_waits WHERE notice_number = ? AND state = 'pending' ORDER BY started_at DESC LIMIT 1`)
      .get(noticeNumber);
    if (pending) return fromRow(pending);
    const key = uuidv7();
    this.db.prepare(`INSERT INTO payment_waits (idempotency_key, notice_number, started_at) VALUES (?, ?, ?)`).run(key, noticeNumber, now.toISOString());
    return { idempotencyKey: key, noticeNumber, orderId: null, state: 'pending', receiptPrinted: false };
  }

  ordered(key: string, orderId: string): void {
    this.db.prepare(`UPDATE payment_waits SET order_id = ? WHERE idempotency_key = ?`).run(orderId, key);
  }

  /** The platform refused to make its order (the notice paid, unknown): nothing to resume. */
  abandon(key: string): void {
    this.db.prepare(`DELETE FROM payment_waits WHERE idempotency_key = ? AND order_id IS NULL`).run(key);
  }

  settled(orderId: string, state: OrderState, now = new Date()): void {
    this.db.prepare(`UPDATE payment_waits SET state = ?, settled_at = coalesce(settled_at, ?) WHERE order_id = ?`).run(state, state === 'pending' ? null : now.toISOString(), orderId);
  }

  byOrder(orderId: string): PaymentWait | undefined {
    const row = this.db.prepare<[string], WaitRow>(`SELECT * FROM payment_waits WHERE order_id = ?`).get(orderId);
    return row && fromRow(row);
  }

  receiptPrinted(orderId: string): void {
    this.db.prepare(`UPDATE payment_waits SET receipt_printed = 1 WHERE order_id = ?`).run(orderId);
  }

  dismiss(orderId: string): void {
    this.db.prepare(`UPDATE payment_waits SET dismissed = 1 WHERE order_id = ?`).run(orderId);
  }

  /** The latest payment not left by its citizen, begun within the resume window: to ask the platform about. */
  unfinished(now = new Date()): PaymentWait | undefined {
    const since = new Date(now.getTime() - resumeWindowMs).toISOString();
    const row = this.db
      .prepare<[string], WaitRow>(`SELECT * FROM payment_waits WHERE dismissed = 0 AND started_at >= ? ORDER BY started_at DESC LIMIT 1`)
      .get(since);
    return row && fromRow(row);
  }
}
