import type { Database } from 'better-sqlite3';

export interface DueEntry {
  outboxId: string;
  caseId: string;
  attempts: number;
}

/** One chunk of a material waiting to go up. */
export interface DueChunk {
  outboxId: string;
  chunkId: string;
  attempts: number;
}

/** A review, help call or device event waiting in the same queue as the cases. */
export interface DueEvent {
  outboxId: string;
  eventId: string;
  attempts: number;
}

/** What a technician and the heartbeat see of the queue. */
export interface OutboxHealth {
  depth: number;
  /** When the oldest item still waiting was written; null when nothing waits. */
  oldestWaitingAt: string | null;
  /** When the platform last acknowledged anything; null before the first time. */
  lastSuccessAt: string | null;
  deadLetters: number;
}

export interface DeadLetter {
  id: string;
  /** One of caseId, eventId is set: what was refused. */
  caseId: string | null;
  eventId: string | null;
  chunkId: string | null;
  httpStatus: number;
  reason: string;
  attempts: number;
  createdAt: string;
  failedAt: string;
}

/** The queue of what must still reach the platform; rows stay until the platform acknowledges. */
export class Outbox {
  constructor(private readonly db: Database) {}

  due(now: Date, limit: number): DueEntry[] {
    return this.dueOf<DueEntry>('case_id', 'caseId', now, limit);
  }

  dueEvents(now: Date, limit: number): DueEvent[] {
    return this.dueOf<DueEvent>('event_id', 'eventId', now, limit);
  }

  dueChunks(now: Date, limit: number): DueChunk[] {
    return this.dueOf<DueChunk>('chunk_id', 'chunkId', now, limit);
  }

  /** Waiting rows of one kind, oldest first; each kind goes up by its own route. */
  private dueOf<Row>(column: 'case_id' | 'event_id' | 'chunk_id', alias: string, now: Date, limit: number): Row[] {
    return this.db
      .prepare<[string, number], Row>(
        `SELECT id AS outboxId, ${column} AS ${alias}, attempts FROM outbox
         WHERE ${column} IS NOT NULL AND delivered_at IS NULL AND next_attempt_at <= ? ORDER BY created_at LIMIT ?`,
      )
      .all(now.toISOString(), limit);
  }

  /** The platform holds this chunk. */
  chunkDelivered(chunkId: string, at: Date): void {
    this.db.prepare('UPDATE outbox SET delivered_at = ?, last_error = NULL WHERE chunk_id = ? AND delivered_at IS NULL').run(at.toISOString(), chunkId);
  }

  /** The platform holds these events. */
  eventsDelivered(eventIds: readonly string[], at: Date): void {
    const mark = this.db.prepare('UPDATE outbox SET delivered_at = ?, last_error = NULL WHERE event_id = ? AND delivered_at IS NULL');
    this.db.transaction(() => {
      for (const id of eventIds) mark.run(at.toISOString(), id);
    })();
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

  /** The platform answered: the line and the credentials work, whatever it said of each item. */
  recordSuccess(at: Date): void {
    this.db
      .prepare('INSERT INTO sync_state (id, last_success_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET last_success_at = excluded.last_success_at')
      .run(at.toISOString());
  }

  /** Refused for good: out of the queue, so it cannot hold back the items behind it. */
  deadLetter(entry: { outboxId: string }, httpStatus: number, reason: string, at: Date): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO dead_letters (id, case_id, event_id, chunk_id, http_status, reason, attempts, created_at, failed_at)
           SELECT id, case_id, event_id, chunk_id, ?, ?, attempts + 1, created_at, ? FROM outbox WHERE id = ?`,
        )
        .run(httpStatus, reason, at.toISOString(), entry.outboxId);
      this.db.prepare('DELETE FROM outbox WHERE id = ?').run(entry.outboxId);
    })();
  }

  deadLetters(): DeadLetter[] {
    return this.db
      .prepare<[], DeadLetter>(
        `SELECT id, case_id AS caseId, event_id AS eventId, chunk_id AS chunkId, http_status AS httpStatus, reason, attempts, created_at AS createdAt, failed_at AS failedAt
           FROM dead_letters ORDER BY failed_at`,
      )
      .all();
  }

  health(): OutboxHealth {
    const waiting = this.db
      .prepare<[], { depth: number; oldest: string | null }>('SELECT count(*) AS depth, min(created_at) AS oldest FROM outbox WHERE delivered_at IS NULL')
      .get();
    const success = this.db.prepare<[], { at: string }>('SELECT last_success_at AS at FROM sync_state WHERE id = 1').get();
    const dead = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM dead_letters').get();
    return { depth: waiting?.depth ?? 0, oldestWaitingAt: waiting?.oldest ?? null, lastSuccessAt: success?.at ?? null, deadLetters: dead?.n ?? 0 };
  }

  retryLater<E extends { outboxId: string; attempts: number }>(entries: readonly E[], error: string, nextAttemptAt: (entry: E) => Date): void {
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
