import type { Database } from 'better-sqlite3';

/** After this many failures an item is flagged as stuck: to technicians, and to the platform in heartbeats. */
export const stuckAfterFailures = 5;

/** An outbox row of any kind, as the delivery loop sees it. */
export interface Queued {
  outboxId: string;
  attempts: number;
  /** Failures of this item the platform answered with (see migration 010); above 0 it goes up alone. */
  failures: number;
}

export interface DueEntry extends Queued {
  caseId: string;
}

/** One chunk of a material waiting to go up. */
export interface DueChunk extends Queued {
  chunkId: string;
}

/** A review, help call or device event waiting in the same queue as the cases. */
export interface DueEvent extends Queued {
  eventId: string;
}

/** What a technician and the heartbeat see of the queue. */
export interface OutboxHealth {
  depth: number;
  /** When the oldest item still waiting was written; null when nothing waits. */
  oldestWaitingAt: string | null;
  /** When the platform last acknowledged anything; null before the first time. */
  lastSuccessAt: string | null;
  deadLetters: number;
  /** Items still retried that failed `stuckAfterFailures` times or more. */
  stuck: number;
}

/** An item the platform keeps failing: still in the queue, shown so that someone looks. */
export interface StuckItem {
  id: string;
  /** One of caseId, eventId, chunkId is set: what is stuck. */
  caseId: string | null;
  eventId: string | null;
  chunkId: string | null;
  failures: number;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
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

  /**
   * Waiting rows of one kind, oldest first; each kind goes up by its own route. Rows that never
   * failed come before those that did, so however many fail, the ones behind them are taken.
   */
  private dueOf<Row>(column: 'case_id' | 'event_id' | 'chunk_id', alias: string, now: Date, limit: number): Row[] {
    return this.db
      .prepare<[string, number], Row>(
        `SELECT id AS outboxId, ${column} AS ${alias}, attempts, failures FROM outbox
         WHERE ${column} IS NOT NULL AND delivered_at IS NULL AND next_attempt_at <= ? ORDER BY failures > 0, created_at LIMIT ?`,
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

  /**
   * A dead letter back in the queue, due now and with its failures forgotten: a technician fixed
   * what the platform refused (or the platform's rule changed). False when there is no such letter.
   */
  resend(deadLetterId: string, now: Date): boolean {
    return this.db.transaction(() => {
      const moved = this.db
        .prepare(
          `INSERT INTO outbox (id, case_id, event_id, chunk_id, created_at, attempts, next_attempt_at, failures)
           SELECT id, case_id, event_id, chunk_id, created_at, 0, ?, 0 FROM dead_letters WHERE id = ?`,
        )
        .run(now.toISOString(), deadLetterId);
      this.db.prepare('DELETE FROM dead_letters WHERE id = ?').run(deadLetterId);
      return moved.changes === 1;
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

  /** Waiting items that failed `stuckAfterFailures` times or more, oldest first. */
  stuck(): StuckItem[] {
    return this.db
      .prepare<[number], StuckItem>(
        `SELECT id, case_id AS caseId, event_id AS eventId, chunk_id AS chunkId, failures, attempts, last_error AS lastError,
                created_at AS createdAt, next_attempt_at AS nextAttemptAt
           FROM outbox WHERE delivered_at IS NULL AND failures >= ? ORDER BY created_at`,
      )
      .all(stuckAfterFailures);
  }

  health(): OutboxHealth {
    const waiting = this.db
      .prepare<[number], { depth: number; oldest: string | null; stuck: number }>(
        'SELECT count(*) AS depth, min(created_at) AS oldest, count(*) FILTER (WHERE failures >= ?) AS stuck FROM outbox WHERE delivered_at IS NULL',
      )
      .get(stuckAfterFailures);
    const success = this.db.prepare<[], { at: string }>('SELECT last_success_at AS at FROM sync_state WHERE id = 1').get();
    const dead = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM dead_letters').get();
    return {
      depth: waiting?.depth ?? 0,
      oldestWaitingAt: waiting?.oldest ?? null,
      lastSuccessAt: success?.at ?? null,
      deadLetters: dead?.n ?? 0,
      stuck: waiting?.stuck ?? 0,
    };
  }

  /** Not delivered this time; `failed` when the platform answered with a failure, which counts against the item. */
  retryLater<E extends Queued>(entries: readonly E[], error: string, nextAttemptAt: (entry: E) => Date, failed = false): void {
    const update = this.db.prepare('UPDATE outbox SET attempts = attempts + 1, failures = failures + ?, last_error = ?, next_attempt_at = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const entry of entries) update.run(failed ? 1 : 0, error, nextAttemptAt(entry).toISOString(), entry.outboxId);
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
