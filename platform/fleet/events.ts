import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { watchDeviceEvents } from '../alerts/watch.js';
import type { Database } from '../db/database.js';
import { isUniqueViolation } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import {
  deviceEventBatchSchema,
  helpCallBatchSchema,
  reviewBatchSchema,
  type CallbackRequest,
  type EventBatchReply,
  type HelpCall,
  type HelpCallCancel,
  type HelpCallQueueItem,
} from '../protocol/index.js';
import { storeCallbacks } from '../remote-calls/callback-store.js';
import type { Terminal } from '../terminals/lookup.js';

type Kind = 'review' | 'help_call' | 'device_event';
interface Item {
  id: string;
  at: string;
  caseNumber?: string;
}

/** Inserts what is new and replies with every id of the batch held for this terminal. */
async function storeEvents(db: Database, terminal: Terminal, kind: Kind, items: readonly Item[]): Promise<EventBatchReply> {
  const rows = items.map((item) => ({ id: item.id, case_number: item.caseNumber ?? null, occurred_at: item.at, body: item }));
  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO terminal_events (id, terminal_id, kind, case_number, occurred_at, body)
       SELECT id, $2, $3, case_number, occurred_at, body
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, case_number text, occurred_at timestamptz, body jsonb)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(rows), terminal.id, kind],
    );
    const { rows: held } = await tx.query<{ id: string }>(
      'SELECT id FROM terminal_events WHERE id = ANY($1::uuid[]) AND terminal_id = $2',
      [items.map((i) => i.id), terminal.id],
    );
    const ids = new Set(held.map((r) => r.id));
    return { stored: [...new Set(items.map((i) => i.id))].filter((id) => ids.has(id)) };
  });
}

/**
 * Withdrawn help calls: kept once per call, so a second withdrawal of the same call (a double tap,
 * a resend) is acknowledged as held rather than refused and retried for ever.
 */
async function storeCancels(db: Database, terminal: Terminal, cancels: readonly HelpCallCancel[]): Promise<EventBatchReply> {
  if (cancels.length === 0) return { stored: [] };
  const rows = cancels.map((c) => ({ cancel_id: c.id, call_id: c.cancels, cancelled_at: c.at }));
  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO help_call_cancels (terminal_id, call_id, cancel_id, cancelled_at)
       SELECT $2, call_id, cancel_id, cancelled_at
         FROM jsonb_to_recordset($1::jsonb) AS r(cancel_id uuid, call_id uuid, cancelled_at timestamptz)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows), terminal.id],
    );
    const { rows: held } = await tx.query<{ callId: string }>(
      'SELECT call_id AS "callId" FROM help_call_cancels WHERE terminal_id = $1 AND call_id = ANY($2::uuid[])',
      [terminal.id, cancels.map((c) => c.cancels)],
    );
    const calls = new Set(held.map((r) => r.callId));
    return { stored: cancels.filter((c) => calls.has(c.cancels)).map((c) => c.id) };
  });
}

/** Help calls, their withdrawals and 远程帮办's callback requests share one queue and route; each goes to its own table. */
async function storeHelpCalls(db: Database, terminal: Terminal, items: readonly HelpCallQueueItem[]): Promise<EventBatchReply> {
  const calls = items.filter((item): item is HelpCall => 'reason' in item);
  const cancels = items.filter((item): item is HelpCallCancel => 'cancels' in item);
  const callbacks = items.filter((item): item is CallbackRequest => 'phone' in item);
  const stored = calls.length > 0 ? (await storeEvents(db, terminal, 'help_call', calls)).stored : [];
  return { stored: [...stored, ...(await storeCancels(db, terminal, cancels)).stored, ...(await storeCallbacks(db, terminal, callbacks)).stored] };
}

type Stored<T> = (db: Database, terminal: Terminal, items: readonly T[]) => Promise<void>;

type Store<T> = (db: Database, terminal: Terminal, items: readonly T[]) => Promise<EventBatchReply>;

function route<T extends Item>(app: FastifyInstance, db: Database, path: string, store: Store<T>, schema: z.ZodType<{ items: T[] }>, stored?: Stored<T>): void {
  app.post(path, async (request) => {
    const terminal = await authenticateTerminal(db, request);
    try {
      const { items } = parseBody(schema, request);
      const reply = await store(db, terminal, items);
      await stored?.(db, terminal, items);
      return reply;
    } catch (err) {
      if (isUniqueViolation(err, 'terminal_events_one_review')) {
        throw new HttpError(409, 'already_reviewed', '该办件已评价 / this case already has a review under another id');
      }
      throw err;
    }
  });
}

/** Reviews, help calls and device events: batches idempotent by the terminal's ids. */
export function eventRoutes(app: FastifyInstance, db: Database): void {
  const ofKind = (kind: Kind) => (onDb: Database, terminal: Terminal, items: readonly Item[]) => storeEvents(onDb, terminal, kind, items);
  route(app, db, '/v1/reviews', ofKind('review'), reviewBatchSchema);
  route(app, db, '/v1/help-calls', storeHelpCalls, helpCallBatchSchema);
  route(app, db, '/v1/device-events', ofKind('device_event'), deviceEventBatchSchema, watchDeviceEvents);
}
