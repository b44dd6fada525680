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
  type EventBatchReply,
} from '../protocol/index.js';
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

type Stored<T> = (db: Database, terminal: Terminal, items: readonly T[]) => Promise<void>;

function route<T extends Item>(app: FastifyInstance, db: Database, path: string, kind: Kind, schema: z.ZodType<{ items: T[] }>, stored?: Stored<T>): void {
  app.post(path, async (request) => {
    const terminal = await authenticateTerminal(db, request);
    try {
      const { items } = parseBody(schema, request);
      const reply = await storeEvents(db, terminal, kind, items);
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
  route(app, db, '/v1/reviews', 'review', reviewBatchSchema);
  route(app, db, '/v1/help-calls', 'help_call', helpCallBatchSchema);
  route(app, db, '/v1/device-events', 'device_event', deviceEventBatchSchema, watchDeviceEvents);
}
