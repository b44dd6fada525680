import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import type { CommandAck, CommandKind, CommandListReply, CommandState, CommandSummary, RemoteCommand } from '../protocol/index.js';
import { diagnosticsReportSchema } from '../protocol/index.js';

/** The newest commands a terminal's dialog lists. */
const listed = 100;

/** Queues a command for a terminal; it travels in heartbeat replies until acknowledged or expired. */
export async function queueCommand(db: Queryable, terminalId: string, kind: CommandKind, sentBy: string, expiresInMinutes: number): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO terminal_commands (id, terminal_id, kind, sent_by, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
    [id, terminalId, kind, sentBy, expiresInMinutes],
  );
  return id;
}

/**
 * What the terminal ($1) is to run: not acknowledged and not expired, marked delivered as it is
 * read. Sent again in every reply until acknowledged, so a lost reply loses nothing; the
 * terminal's own record keeps it to one run. A statement the heartbeat reply runs with its other
 * reads in one round trip (fleet/heartbeat-extras.ts).
 */
export const deliverWaitingCommands = `UPDATE terminal_commands SET delivered_at = coalesce(delivered_at, now())
  WHERE terminal_id = $1::uuid AND acked_at IS NULL AND expires_at > now()
  RETURNING id, kind, expires_at AS "expiresAt"`;

/** A row of deliverWaitingCommands as the heartbeat reply carries it; the time may come as JSON text. */
export function remoteCommandOf(row: { id: string; kind: CommandKind; expiresAt: Date | string }): RemoteCommand {
  return { id: row.id, kind: row.kind, expiresAt: new Date(row.expiresAt).toISOString() };
}

/** Files the terminal's outcome; the first acknowledgement stands. False when the terminal has no such command. */
export async function acknowledge(db: Queryable, terminalId: string, ack: CommandAck): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE terminal_commands
        SET acked_at = coalesce(acked_at, now()), outcome = coalesce(outcome, $3),
            detail = CASE WHEN acked_at IS NULL THEN $4 ELSE detail END,
            result = CASE WHEN acked_at IS NULL THEN $5::jsonb ELSE result END
      WHERE id = $1 AND terminal_id = $2
      RETURNING id`,
    [ack.id, terminalId, ack.outcome, ack.detail ?? null, ack.diagnostics ? JSON.stringify(ack.diagnostics) : null],
  );
  return rows.length > 0;
}

/**
 * Keeps the picture a screenshot command ($1) of this terminal ($2) brought back; the first one
 * stands, as the first acknowledgement does.
 */
export async function keepScreenshot(db: Queryable, terminalId: string, commandId: string, png: Buffer, size: { width: number; height: number }): Promise<void> {
  await db.query(
    `INSERT INTO terminal_screenshots (command_id, terminal_id, png, width, height)
     SELECT id, terminal_id, $3, $4, $5 FROM terminal_commands WHERE id = $1 AND terminal_id = $2 AND kind = 'screenshot'
     ON CONFLICT (command_id) DO NOTHING`,
    [commandId, terminalId, png, size.width, size.height],
  );
}

/** The PNG a screenshot command of this terminal brought back, or undefined. */
export async function screenshotOf(db: Queryable, terminalId: string, commandId: string): Promise<Buffer | undefined> {
  const { rows } = await db.query<{ png: Uint8Array }>('SELECT png FROM terminal_screenshots WHERE command_id = $1 AND terminal_id = $2', [commandId, terminalId]);
  return rows[0] && Buffer.from(rows[0].png);
}

interface CommandRow {
  id: string;
  kind: CommandKind;
  outcome: 'done' | 'failed' | 'expired' | null;
  expired: boolean;
  sentBy: string;
  sentAt: Date;
  expiresAt: Date;
  deliveredAt: Date | null;
  ackedAt: Date | null;
  detail: string | null;
  result: unknown;
  shotWidth: number | null;
  shotHeight: number | null;
}

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

function stateOf(row: CommandRow): CommandState {
  if (row.outcome !== null) return row.outcome;
  return row.expired ? 'expired' : 'pending';
}

function summaryOf(row: CommandRow): CommandSummary {
  const { id, kind, sentBy, detail } = row;
  const diagnostics = row.result === null ? null : diagnosticsReportSchema.parse(row.result);
  const screenshot = row.shotWidth === null || row.shotHeight === null ? null : { width: row.shotWidth, height: row.shotHeight };
  return { id, kind, state: stateOf(row), sentBy, sentAt: iso(row.sentAt) ?? '', expiresAt: iso(row.expiresAt) ?? '', deliveredAt: iso(row.deliveredAt), ackedAt: iso(row.ackedAt), detail, diagnostics, screenshot };
}

/** A terminal's commands, newest first, with what became of each by the platform's clock. */
export async function listCommands(db: Queryable, terminalId: string): Promise<CommandListReply> {
  const { rows } = await db.query<CommandRow>(
    `SELECT c.id, c.kind, c.outcome, c.expires_at <= now() AS expired, c.sent_by AS "sentBy", c.sent_at AS "sentAt",
            c.expires_at AS "expiresAt", c.delivered_at AS "deliveredAt", c.acked_at AS "ackedAt", c.detail, c.result,
            s.width AS "shotWidth", s.height AS "shotHeight"
       FROM terminal_commands c LEFT JOIN terminal_screenshots s ON s.command_id = c.id
      WHERE c.terminal_id = $1 ORDER BY c.sent_at DESC, c.id LIMIT ${listed}`,
    [terminalId],
  );
  return { commands: rows.map(summaryOf) };
}
