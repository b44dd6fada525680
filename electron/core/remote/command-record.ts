import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { commandAckSchema, type CommandAck, type RemoteCommand } from '../../../platform/protocol/commands.js';

export type Outcome = Omit<CommandAck, 'id'>;

const waitingSchema = z.object({
  id: z.string(),
  outcome: z.enum(['done', 'failed', 'expired']),
  detail: z.string().nullable(),
  diagnostics: z.string().nullable(),
  screenshot: z.string().nullable(),
});

/**
 * The commands this terminal has taken (migration 013): each runs at most once, its outcome kept
 * until acknowledged; a screenshot's picture (migration 020) no longer than that.
 */
export class CommandRecord {
  constructor(private readonly db: Database) {}

  /** True the first time this id is seen: the caller runs it. Written before it runs, so a crash mid-run does not run it again. */
  claim(command: RemoteCommand, now: Date): boolean {
    const inserted = this.db.prepare('INSERT OR IGNORE INTO remote_commands (id, kind, received_at) VALUES (?, ?, ?)').run(command.id, command.kind, now.toISOString());
    return inserted.changes === 1;
  }

  settle(id: string, outcome: Outcome): void {
    const diagnostics = outcome.diagnostics ? JSON.stringify(outcome.diagnostics) : null;
    this.db
      .prepare('UPDATE remote_commands SET outcome = ?, detail = ?, diagnostics = ?, screenshot = ? WHERE id = ? AND outcome IS NULL')
      .run(outcome.outcome, outcome.detail ?? null, diagnostics, outcome.screenshot?.png ?? null, id);
  }

  /**
   * Outcomes the platform has not acknowledged yet, oldest first. A command claimed but never
   * settled (the core died running it) is reported failed: it is not run again.
   */
  unacknowledged(): CommandAck[] {
    this.db.prepare("UPDATE remote_commands SET outcome = 'failed', detail = '终端在执行中重启，未再执行 / the terminal restarted while running it; not run again' WHERE outcome IS NULL").run();
    const rows = this.db.prepare('SELECT id, outcome, detail, diagnostics, screenshot FROM remote_commands WHERE acked_at IS NULL ORDER BY received_at, id').all();
    return rows.map((raw) => {
      const row = waitingSchema.parse(raw);
      return commandAckSchema.parse({
        id: row.id,
        outcome: row.outcome,
        ...(row.detail !== null && { detail: row.detail }),
        ...(row.diagnostics !== null && { diagnostics: JSON.parse(row.diagnostics) as unknown }),
        ...(row.screenshot !== null && { screenshot: { png: row.screenshot } }),
      });
    });
  }

  /** The platform still lacks this outcome (it sent the command again): it goes up again, less a picture already dropped. */
  unacknowledge(id: string): void {
    this.db.prepare('UPDATE remote_commands SET acked_at = NULL WHERE id = ?').run(id);
  }

  acknowledged(id: string, now: Date): void {
    this.db.prepare('UPDATE remote_commands SET acked_at = ?, screenshot = NULL WHERE id = ?').run(now.toISOString(), id);
  }
}
