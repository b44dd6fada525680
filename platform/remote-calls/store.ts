import type { Queryable } from '../db/database.js';
import type { RemoteCallAsk, RemoteCallEnd, RemoteCallState, RemoteCallSummary, RemoteSignal, RemoteSignalsReply } from '../protocol/index.js';
import { remoteIdentitySchema, remoteSignalSchema } from '../protocol/index.js';

/** NOTIFY channel: the payload is the id of a call that changed or got a signal. */
export const remoteCallChannel = 'remote_calls';

export type Side = 'terminal' | 'clerk';

export interface RemoteCallRow {
  id: string;
  terminalId: string;
  regionCode: string;
  state: RemoteCallState;
  endedBy: RemoteCallEnd | null;
  clerk: string | null;
  identityCheckedBy: string | null;
}

const notify = (db: Queryable, id: string) => db.query('SELECT pg_notify($1, $2)', [remoteCallChannel, id]);

/** A call asked again with the same id (a retry whose reply was lost) is the same call. */
export async function askCall(db: Queryable, terminal: { id: string; regionCode: string }, ask: RemoteCallAsk): Promise<void> {
  await db.query(
    `INSERT INTO remote_calls (id, terminal_id, region_code, item_code, item_name, identity) VALUES ($1, $2, $3, $4, $5, $6::jsonb) ON CONFLICT (id) DO NOTHING`,
    [ask.id, terminal.id, terminal.regionCode, ask.item?.code ?? null, ask.item?.name ?? null, ask.identity === null ? null : JSON.stringify(ask.identity)],
  );
  await notify(db, ask.id);
}

export async function callById(db: Queryable, id: string): Promise<RemoteCallRow | undefined> {
  const { rows } = await db.query<RemoteCallRow>(
    `SELECT id, terminal_id AS "terminalId", region_code AS "regionCode", state, ended_by AS "endedBy", clerk,
            identity_checked_by AS "identityCheckedBy" FROM remote_calls WHERE id = $1`,
    [id],
  );
  return rows[0];
}

/** The first clerk to accept takes the call; true when it was this one. */
export async function acceptCall(db: Queryable, id: string, clerk: string): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE remote_calls SET state = 'accepted', clerk = $2, accepted_at = now() WHERE id = $1 AND state = 'waiting' RETURNING id`,
    [id, clerk],
  );
  if (rows.length > 0) await notify(db, id);
  return rows.length > 0;
}

/** Ends the call once (the first side to hang up is the one recorded) and forgets its signals. */
export async function endCall(db: Queryable, id: string, by: RemoteCallEnd): Promise<void> {
  await db.query(`UPDATE remote_calls SET state = 'ended', ended_by = $2, ended_at = now() WHERE id = $1 AND state <> 'ended'`, [id, by]);
  await db.query('DELETE FROM remote_call_signals WHERE call_id = $1', [id]);
  await notify(db, id);
}

export async function addSignal(db: Queryable, id: string, from: Side, signal: RemoteSignal): Promise<void> {
  await db.query('INSERT INTO remote_call_signals (call_id, from_side, body) VALUES ($1, $2, $3::jsonb)', [id, from, JSON.stringify(signal)]);
  await notify(db, id);
}

/** The clerk on the call saw the card read match the live picture; the first check stands. */
export async function checkIdentity(db: Queryable, id: string, clerk: string): Promise<void> {
  await db.query(
    `UPDATE remote_calls SET identity_checked_by = $2, identity_checked_at = now() WHERE id = $1 AND identity IS NOT NULL AND identity_checked_by IS NULL`,
    [id, clerk],
  );
  await notify(db, id);
}

/** What `to` has not seen yet: the call's state and the other side's signals after `after`. */
export async function newsFor(db: Queryable, call: RemoteCallRow, to: Side, after: number): Promise<RemoteSignalsReply> {
  const { rows } = await db.query<{ seq: string | number; body: unknown }>(
    'SELECT seq, body FROM remote_call_signals WHERE call_id = $1 AND from_side <> $2 AND seq > $3 ORDER BY seq LIMIT 200',
    [call.id, to, after],
  );
  const signals = rows.map((row) => ({ seq: Number(row.seq), signal: remoteSignalSchema.parse(row.body) }));
  return { state: call.state, endedBy: call.endedBy, clerk: call.clerk, identityCheckedBy: call.identityCheckedBy, signals };
}

interface SummaryRow extends Omit<RemoteCallSummary, 'item' | 'askedAt' | 'identity'> {
  identity: unknown;
  askedAt: Date;
  itemCode: string | null;
  itemName: string | null;
}

/**
 * A clerk's list: calls waiting in the region `prefix` names (accounts/may.ts) and the clerk's own
 * call in progress. Numbers left to call back are listed apart (callback-store.ts).
 */
export async function callsFor(db: Queryable, prefix: string, clerk: string): Promise<RemoteCallSummary[]> {
  const { rows } = await db.query<SummaryRow>(
    `SELECT c.id, c.asked_at AS "askedAt", c.state, c.ended_by AS "endedBy", t.code AS "terminalCode", t.name AS "terminalName",
            t.hall_name AS "hallName", c.region_code AS "regionCode", c.item_code AS "itemCode", c.item_name AS "itemName",
            c.clerk, c.identity, c.identity_checked_by AS "identityCheckedBy"
       FROM remote_calls c JOIN terminals t ON t.id = c.terminal_id
      WHERE rpad(c.region_code, 12, '0') LIKE $1 || '%'
        AND (c.state = 'waiting' OR (c.state = 'accepted' AND c.clerk = $2))
      ORDER BY c.asked_at
      LIMIT 200`,
    [prefix, clerk],
  );
  return rows.map(({ itemCode, itemName, askedAt, identity, ...row }) => ({
    ...row,
    identity: identity === null ? null : remoteIdentitySchema.parse(identity),
    askedAt: new Date(askedAt).toISOString(),
    item: itemCode !== null && itemName !== null ? { code: itemCode, name: itemName } : null,
  }));
}
