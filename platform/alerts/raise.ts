import type { Queryable } from '../db/database.js';
import type { AlertKind } from '../protocol/index.js';
import type { Condition } from './detect.js';
import { announce } from './store.js';

/** Opens an alert for each condition not open already; returns the ids of those opened. */
async function raise(tx: Queryable, terminalId: string, conditions: readonly Condition[]): Promise<string[]> {
  if (conditions.length === 0) return [];
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO alerts (terminal_id, kind, subject, detail)
     SELECT $1, kind, subject, detail FROM jsonb_to_recordset($2::jsonb) AS r(kind text, subject text, detail text)
     ON CONFLICT (terminal_id, kind, subject) WHERE cleared_at IS NULL DO NOTHING
     RETURNING id::text AS id`,
    [terminalId, JSON.stringify(conditions)],
  );
  return rows.map((r) => r.id);
}

/** Clears the open alerts of these kinds (on `subject` when given) that no condition still shows. */
async function clear(tx: Queryable, terminalId: string, kinds: readonly AlertKind[], still: readonly Condition[], subject?: string): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(
    `UPDATE alerts SET cleared_at = now()
      WHERE terminal_id = $1 AND cleared_at IS NULL AND kind = ANY($2::text[]) AND ($3::text IS NULL OR subject = $3)
        AND NOT (kind || '/' || subject = ANY($4::text[]))
      RETURNING id::text AS id`,
    [terminalId, kinds, subject ?? null, still.map((c) => `${c.kind}/${c.subject}`)],
  );
  return rows.map((r) => r.id);
}

/**
 * Brings a terminal's open alerts of `kinds` in line with what was just seen: new conditions
 * raise, gone ones clear, lasting ones stay as they are; open consoles hear of each change.
 */
export async function reconcileAlerts(tx: Queryable, terminalId: string, kinds: readonly AlertKind[], seen: readonly Condition[], subject?: string): Promise<void> {
  const cleared = await clear(tx, terminalId, kinds, seen, subject);
  const raised = await raise(tx, terminalId, seen);
  await announce(tx, [...cleared, ...raised]);
}
