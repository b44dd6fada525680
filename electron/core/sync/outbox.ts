import type { Database } from 'better-sqlite3';

export interface DueEntry {
  outboxId: string;
  caseId: string;
  attempts: number;
}

/** The queue of what must still reach the platform; rows stay until the platform acknowledges. */
export class Outbox {
  constructor(private readonly db: Database) {}

  due(now: Date, limit: number): DueEntry[] {
    return this.db
      .prepare<[string, number], DueEntry>(
        `SELECT id AS outboxId, case_id AS caseId, attempts FROM outbox
         WHERE delivered_at IS NULL AND next_attempt_at <= ? ORDER BY created_at LIMIT ?`,
      )
      .all(now.toISOString(), limit);
  }

  /** The platform holds these cases: mark them delivered and received, in one transaction. */
  delivered(caseIds: readonly string[], at: Date): void {
    const stamp = at.toISOString();
    const markOutbox = this.db.prepare('UPDATE outbox SET delivered_at = ?, last_error = NULL WHERE case_id = ? AND delivered_at IS NULL');
    const markCase = this.db.prepare(
      "UPDATE cases SET status = 'received_by_platform', received_at = coalesce(received_at, ?) WHERE id = ?",
    );
    this.db.transaction(() => {
      for (const id of caseIds) {
        markOutbox.run(stamp, id);
        markCase.run(stamp, id);
      }
    })();
  }

  retryLater(entries: readonly DueEntry[], error: string, nextAttemptAt: (entry: DueEntry) => Date): void {
    const update = this.db.prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const entry of entries) update.run(error, nextAttemptAt(entry).toISOString(), entry.outboxId);
    })();
  }

  depth(): number {
    return this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox WHERE delivered_at IS NULL').get()?.n ?? 0;
  }

  /** A case submitted now should go now, not after the backoff of an earlier failure. */
  hurry(now: Date): void {
    this.db.prepare('UPDATE outbox SET next_attempt_at = ? WHERE delivered_at IS NULL AND next_attempt_at > ?').run(now.toISOString(), now.toISOString());
  }
}
