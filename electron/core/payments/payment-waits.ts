import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { OrderState } from '../../../platform/protocol/payments.js';
import type { PaymentDue } from '../../api/payments.js';

export interface PaymentWait {
  idempotencyKey: string;
  due: PaymentDue;
  orderId: string | null;
  state: OrderState;
  receiptPrinted: boolean;
}

interface WaitRow {
  idempotency_key: string;
  due: string;
  order_id: string | null;
  state: OrderState;
  receipt_printed: number;
}

/** As the platform names a due: 'notice:<number>' or 'case:<number>:<n>'. */
const dueColumn = (due: PaymentDue): string => ('caseFee' in due ? `case:${due.caseFee.caseNumber}:${due.caseFee.fee}` : `notice:${due.noticeNumber}`);

function dueOfColumn(column: string): PaymentDue {
  const [kind = '', number = '', fee = '0'] = column.split(':');
  return kind === 'case' ? { caseFee: { caseNumber: number, fee: Number(fee) } } : { noticeNumber: number };
}

const fromRow = (row: WaitRow): PaymentWait => ({
  idempotencyKey: row.idempotency_key,
  due: dueOfColumn(row.due),
  orderId: row.order_id,
  state: row.state,
  receiptPrinted: row.receipt_printed === 1,
});

/** How long an ended payment is shown again after a restart: the citizen is still at the screen. */
const resumeWindowMs = 15 * 60_000;

/** The payments begun on this terminal, each written before the platform hears of it. */
export class PaymentWaits {
  constructor(private readonly db: Database) {}

  /** The key for paying this due: the pending wait's if there is one, else a new one, committed now. */
  begin(due: PaymentDue, now = new Date()): PaymentWait {
    const pending = this.db
      .prepare<[string], WaitRow>(`SELECT * FROM payment_waits WHERE due = ? AND state = 'pending' ORDER BY started_at DESC LIMIT 1`)
      .get(dueColumn(due));
    if (pending) return fromRow(pending);
    const key = uuidv7();
    this.db.prepare(`INSERT INTO payment_waits (idempotency_key, due, started_at) VALUES (?, ?, ?)`).run(key, dueColumn(due), now.toISOString());
    return { idempotencyKey: key, due, orderId: null, state: 'pending', receiptPrinted: false };
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
