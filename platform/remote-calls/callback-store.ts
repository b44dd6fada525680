import type { Queryable } from '../db/database.js';
import type { CallbackRequest, CallbackSummary, EventBatchReply } from '../protocol/index.js';
import type { Terminal } from '../terminals/lookup.js';
import { maskMobileNumber } from '../../standards/mobile-number.js';

/**
 * Stores a terminal's callback requests once each and replies with the ids held for it. A call id
 * that is not this terminal's (forged, or another's) is dropped, never refused: the number still
 * reaches a clerk, and the queue behind it keeps moving.
 */
export async function storeCallbacks(db: Queryable, terminal: Terminal, requests: readonly CallbackRequest[]): Promise<EventBatchReply> {
  if (requests.length === 0) return { stored: [] };
  const rows = requests.map((r) => ({ id: r.id, call_id: r.call ?? null, item_code: r.item?.code ?? null, item_name: r.item?.name ?? null, phone: r.phone, asked_at: r.at }));
  await db.query(
    `INSERT INTO callback_requests (id, terminal_id, region_code, call_id, item_code, item_name, phone, asked_at)
     SELECT r.id, $2, $3, c.id, r.item_code, r.item_name, r.phone, r.asked_at
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, call_id uuid, item_code text, item_name text, phone text, asked_at timestamptz)
       LEFT JOIN remote_calls c ON c.id = r.call_id AND c.terminal_id = $2
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(rows), terminal.id, terminal.regionCode],
  );
  const { rows: held } = await db.query<{ id: string }>('SELECT id FROM callback_requests WHERE id = ANY($1::uuid[]) AND terminal_id = $2', [
    requests.map((r) => r.id),
    terminal.id,
  ]);
  const ids = new Set(held.map((r) => r.id));
  return { stored: requests.map((r) => r.id).filter((id) => ids.has(id)) };
}

export interface CallbackRow {
  id: string;
  regionCode: string;
  takenBy: string | null;
  calledBack: boolean;
}

export async function callbackById(db: Queryable, id: string): Promise<CallbackRow | undefined> {
  const { rows } = await db.query<CallbackRow>(
    `SELECT id, region_code AS "regionCode", taken_by AS "takenBy", called_back_at IS NOT NULL AS "calledBack" FROM callback_requests WHERE id = $1`,
    [id],
  );
  return rows[0];
}

/** The first clerk to take a request is the one who calls; true when it is `clerk` (again or now). */
export async function takeCallback(db: Queryable, id: string, clerk: string): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE callback_requests SET taken_by = $2, taken_at = coalesce(taken_at, now()) WHERE id = $1 AND (taken_by IS NULL OR taken_by = $2) RETURNING id`,
    [id, clerk],
  );
  return rows.length > 0;
}

/** 已回电: the clerk who took it says they called; the first time stands. */
export async function markCalledBack(db: Queryable, id: string, clerk: string): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE callback_requests SET called_back_at = coalesce(called_back_at, now()) WHERE id = $1 AND taken_by = $2 RETURNING id`,
    [id, clerk],
  );
  return rows.length > 0;
}

interface SummaryRow extends Omit<CallbackSummary, 'item' | 'askedAt'> {
  askedAt: Date;
  itemCode: string | null;
  itemName: string | null;
}

/** 待回电 of the region `prefix` names (accounts/may.ts), oldest first; whole numbers only for their taker. */
export async function callbacksFor(db: Queryable, prefix: string, clerk: string): Promise<CallbackSummary[]> {
  const { rows } = await db.query<SummaryRow>(
    `SELECT b.id, b.asked_at AS "askedAt", t.code AS "terminalCode", t.name AS "terminalName", t.hall_name AS "hallName",
            b.item_code AS "itemCode", b.item_name AS "itemName", b.call_id IS NOT NULL AS "afterCall", b.phone, b.taken_by AS "takenBy"
       FROM callback_requests b JOIN terminals t ON t.id = b.terminal_id
      WHERE b.called_back_at IS NULL AND rpad(b.region_code, 12, '0') LIKE $1 || '%'
      ORDER BY b.asked_at
      LIMIT 200`,
    [prefix],
  );
  return rows.map(({ itemCode, itemName, askedAt, phone, ...row }) => ({
    ...row,
    askedAt: new Date(askedAt).toISOString(),
    item: itemCode !== null && itemName !== null ? { code: itemCode, name: itemName } : null,
    phone: row.takenBy === clerk ? phone : maskMobileNumber(phone),
  }));
}
