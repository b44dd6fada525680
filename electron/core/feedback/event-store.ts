import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import {
  deviceEventSchema,
  helpCallQueueItemSchema,
  reviewSchema,
  type CallbackRequest,
  type DeviceEvent,
  type HelpCall,
  type HelpCallQueueItem,
  type Review,
} from '../../../platform/protocol/events.js';
import type { Vault } from '../store/vault.js';

export type EventKind = 'review' | 'help_call' | 'device_event';
export type EventItem = { kind: 'review'; item: Review } | { kind: 'help_call'; item: HelpCallQueueItem } | { kind: 'device_event'; item: DeviceEvent };

/** 一事一评: the store refuses a second review of a case, whichever path it came by. */
export class AlreadyReviewedError extends Error {
  constructor(readonly caseNumber: string) {
    super(`该办件已评价 / case ${caseNumber} already has a review`);
    this.name = 'AlreadyReviewedError';
  }
}

export interface NewReview {
  caseId: string;
  caseNumber: string;
  /** 5 非常满意 ... 1 非常不满意. */
  score: number;
  reasons: readonly string[];
  comment?: string | undefined;
}

const schemas: { [K in EventKind]: z.ZodType<Extract<EventItem, { kind: K }>['item']> } = {
  review: reviewSchema,
  // A call's withdrawal and 远程帮办's callback request ride in the calls' own queue and route (events.ts in the protocol).
  help_call: helpCallQueueItemSchema,
  device_event: deviceEventSchema,
};

const sealContext = (id: string) => `events.body:${id}`;

function isReviewConflict(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE' && error.message.includes('events.case_id');
}

/**
 * Reviews, help calls and device events on the terminal. Each row commits with its outbox row, so
 * what the citizen was told was recorded is bound to reach the platform.
 */
export class EventStore {
  private readonly insertEvent;
  private readonly insertOutbox;

  constructor(
    private readonly db: Database,
    private readonly vault: Vault,
  ) {
    this.insertEvent = db.prepare('INSERT INTO events (id, kind, case_id, occurred_at, body) VALUES (?, ?, ?, ?, ?)');
    this.insertOutbox = db.prepare('INSERT INTO outbox (id, event_id, created_at, next_attempt_at) VALUES (?, ?, ?, ?)');
  }

  /** Throws AlreadyReviewedError when the case has a review already. */
  review(input: NewReview, now: Date = new Date()): string {
    const id = uuidv7();
    const item: Review = {
      id,
      caseNumber: input.caseNumber,
      at: now.toISOString(),
      score: input.score,
      ...(input.reasons.length > 0 ? { reasons: [...input.reasons] } : {}),
      ...(input.comment ? { comment: input.comment } : {}),
    };
    try {
      return this.record({ kind: 'review', item }, input.caseId);
    } catch (error) {
      if (isReviewConflict(error)) throw new AlreadyReviewedError(input.caseNumber);
      throw error;
    }
  }

  helpCall(reason: HelpCall['reason'], now: Date = new Date()): string {
    return this.record({ kind: 'help_call', item: { id: uuidv7(), at: now.toISOString(), reason } }, null);
  }

  /** The citizen withdrew the call `callId`: sent up like the call, so no staff member walks over. */
  helpCancel(callId: string, now: Date = new Date()): string {
    return this.record({ kind: 'help_call', item: { id: uuidv7(), at: now.toISOString(), cancels: callId } }, null);
  }

  /**
   * 远程帮办 reached no clerk: a number to call back, sealed like every body here (the phone is
   * personal data) and sent once by the outbox, whenever the line allows.
   */
  callbackRequest(request: Omit<CallbackRequest, 'id' | 'at'>, now: Date = new Date()): string {
    return this.record({ kind: 'help_call', item: { id: uuidv7(), at: now.toISOString(), ...request } }, null);
  }

  /** Whether `eventId` is a call for help made here (not a withdrawal, not a callback, not another kind). */
  isHelpCall(eventId: string): boolean {
    const kind = this.db.prepare<[string], { kind: EventKind }>('SELECT kind FROM events WHERE id = ?').get(eventId)?.kind;
    if (kind !== 'help_call') return false;
    return 'reason' in this.item(eventId).item;
  }

  deviceEvent(event: Omit<DeviceEvent, 'id' | 'at'>, now: Date = new Date()): string {
    return this.record({ kind: 'device_event', item: { id: uuidv7(), at: now.toISOString(), ...event } }, null);
  }

  /** The platform acknowledged the event. */
  delivered(eventId: string): boolean {
    return this.db.prepare('SELECT 1 FROM outbox WHERE event_id = ? AND delivered_at IS NOT NULL').get(eventId) !== undefined;
  }

  hasReview(caseId: string): boolean {
    return this.db.prepare("SELECT 1 FROM events WHERE kind = 'review' AND case_id = ?").get(caseId) !== undefined;
  }

  /** The item as the platform receives it; validated, since the store is a boundary too. */
  item(eventId: string): EventItem {
    const row = this.db.prepare<[string], { kind: EventKind; body: Buffer }>('SELECT kind, body FROM events WHERE id = ?').get(eventId);
    if (!row) throw new Error(`outbox points at event ${eventId}, which is not in the store`);
    const json: unknown = JSON.parse(this.vault.open(row.body, sealContext(eventId)));
    return { kind: row.kind, item: schemas[row.kind].parse(json) } as EventItem;
  }

  private record(event: EventItem, caseId: string | null): string {
    // Checked as the platform will check it: what cannot go up is refused now, not queued for ever.
    schemas[event.kind].parse(event.item);
    const { id, at } = event.item;
    const body = this.vault.seal(JSON.stringify(event.item), sealContext(id));
    this.db.transaction(() => {
      this.insertEvent.run(id, event.kind, caseId, at, body);
      this.insertOutbox.run(uuidv7(), id, at, at);
    })();
    return id;
  }
}
