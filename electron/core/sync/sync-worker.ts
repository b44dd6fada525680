import { setTimeout as delay } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import { ZodError } from 'zod';
import type { CaseStore } from '../cases/case-store.js';
import { purgeAcknowledged } from '../cases/retention.js';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './backoff.js';
import type { EventItem, EventKind, EventStore } from '../feedback/event-store.js';
import type { CaseMaterials } from '../materials/case-materials.js';
import type { MaterialStore } from '../materials/material-store.js';
import type { DueChunk, DueEntry, DueEvent, Outbox, OutboxHealth, Queued } from './outbox.js';
import { PlatformRefusedError, type PlatformClient } from '../uplink/platform-client.js';
import { verdictOf } from './verdict.js';

/** For technicians: is the queue moving, what was refused for good, and can the clock be trusted. */
export interface SyncHealth extends Omit<OutboxHealth, 'depth'> {
  /** Platform time minus ours at the last heartbeat; null before the first answer. */
  clockSkewMs: number | null;
}

export interface SyncStatus {
  online: boolean;
  waitingUploads: number;
  health: SyncHealth;
}

export interface SyncWorkerOptions {
  backoff?: BackoffOptions;
  /** How often an idle worker looks for due work and checks the line. Default 5 s. */
  idleIntervalMs?: number;
  batchSize?: number;
  /** Purge acknowledged cases' personal data from `store` after `days` days; off when absent. */
  retention?: { days: number; store: Database };
  /** Reviews, help calls and device events to deliver beside the cases; none when absent. */
  events?: EventStore;
  /** Material chunks to deliver after the cases they belong to; none when absent. */
  materials?: MaterialStore;
  /** How each case's materials were satisfied, sent with the case; nothing when absent. */
  caseMaterials?: Pick<CaseMaterials, 'forUpload'>;
  /** Injected in tests that move time. */
  clock?: () => Date;
}

/** Sends a batch; resolves with the entries the platform acknowledged (and marks them delivered). */
type Send<E extends Queued> = (entries: readonly E[]) => Promise<readonly E[]>;

type LoadedEvent = DueEvent & EventItem;

/**
 * Retention counts in days, so sweeping the store once in ten minutes is soon enough. The sweep
 * reads every held case, material and delivered chunk; run after every pass (a few per citizen) it
 * made each citizen cost more as the store grew (0.6 ms a pass at 1,000 cases, 5.5 ms at 8,000:
 * `npm run bench -- --only store-growth`).
 */
export const purgeIntervalMs = 10 * 60_000;

/** How long a citizen's receipt or review waits for the platform: "sent" on a good line, no hang on a bad one. */
export const uploadWaitMs = 1500;

/**
 * Delivers the outbox in the background: batches, jittered backoff, resumes from the store after
 * a restart. The platform acknowledges by id, so a batch whose reply was lost is simply resent.
 */
export class SyncWorker {
  private online = false;
  private clockSkewMs: number | null = null;
  private lastEmitted = '';
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private purgedAt = Number.NEGATIVE_INFINITY;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private readonly backoff: BackoffOptions;
  private readonly idleIntervalMs: number;
  private readonly batchSize: number;
  private readonly clock: () => Date;

  constructor(
    private readonly outbox: Outbox,
    private readonly cases: CaseStore,
    private readonly client: PlatformClient | undefined,
    private readonly options: SyncWorkerOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.backoff = options.backoff ?? defaultBackoff;
    this.idleIntervalMs = options.idleIntervalMs ?? 5000;
    this.batchSize = options.batchSize ?? 50;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Something new is waiting: send it now rather than at the next tick. */
  kick(): void {
    this.outbox.hurry(this.clock());
    if (!this.stopped && !this.running) this.schedule(0);
  }

  /**
   * Sends what is due now and waits for it, at most `timeoutMs` (citizen-facing callers pass
   * `uploadWaitMs`): the submit screen uses this to
   * say "uploaded" when the line is good, without making a citizen wait on a bad one.
   */
  async flush(timeoutMs: number): Promise<void> {
    if (this.stopped) return;
    this.outbox.hurry(this.clock());
    const cancel = new AbortController();
    const work = (async () => {
      while (this.running) await this.running;
      await this.tick();
    })();
    await Promise.race([work, delay(timeoutMs, undefined, { signal: cancel.signal }).catch(() => undefined)]);
    cancel.abort();
  }

  status(): SyncStatus {
    const { depth, ...outbox } = this.outbox.health();
    return { online: this.online, waitingUploads: depth, health: { ...outbox, clockSkewMs: this.clockSkewMs } };
  }

  /** The heartbeat measured the clock against the platform's. */
  noteClockSkew(ms: number): void {
    this.clockSkewMs = Math.round(ms);
    this.emit();
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One pass over what is due; resolves when the pass is over. */
  async runOnce(): Promise<void> {
    if (!this.client) return;
    const due = this.outbox.due(this.clock(), this.batchSize);
    const events = this.options.events ? this.outbox.dueEvents(this.clock(), this.batchSize) : [];
    const chunks = this.options.materials ? this.outbox.dueChunks(this.clock(), this.batchSize) : [];
    if (due.length === 0 && events.length === 0 && chunks.length === 0) {
      this.setOnline(await this.client.reachable());
    } else {
      if (due.length > 0) await this.deliverQueue(due, this.sendCases(this.client));
      await this.deliverEvents(this.client, events);
      // Chunks go one request each, in order: a chunk is as big as a batch should be.
      await this.deliverAlone(chunks, this.sendChunks(this.client));
    }
    this.purge();
  }

  private sendCases(client: PlatformClient): Send<DueEntry> {
    return async (entries) => {
      const reply = await client.postCases(entries.map((entry) => ({ ...this.cases.upload(entry.caseId), ...this.options.caseMaterials?.forUpload(entry.caseId) })));
      this.outbox.delivered(reply.stored, this.clock());
      return entries.filter((entry) => reply.stored.includes(entry.caseId));
    };
  }

  /** Each kind goes to its own route, so a pass sends up to one batch of each. */
  private async deliverEvents(client: PlatformClient, due: readonly DueEvent[]): Promise<void> {
    const { events } = this.options;
    if (!events || due.length === 0) return;
    const loaded = due.flatMap((entry) => this.loadEvent(events, entry));
    for (const kind of ['review', 'help_call', 'device_event'] as const) {
      const batch = loaded.filter((entry) => entry.kind === kind);
      if (batch.length > 0) await this.deliverQueue(batch, this.sendEvents(client, kind));
    }
  }

  /**
   * An event as the platform will take it, or none: one the store holds but the wire no longer
   * accepts (written by an older version, say) is set aside as a dead letter for technicians,
   * instead of stopping every event and document behind it at each pass.
   */
  private loadEvent(events: EventStore, entry: DueEvent): LoadedEvent[] {
    try {
      return [{ ...entry, ...events.item(entry.eventId) }];
    } catch (error) {
      const why = error instanceof ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : String(error);
      this.outbox.deadLetter(entry, 0, `stored event cannot be sent (${why})`, this.clock());
      return [];
    }
  }

  private sendEvents(client: PlatformClient, kind: EventKind): Send<LoadedEvent> {
    return async (entries) => {
      const reply = await client.postEvents(kind, entries.map((entry) => entry.item));
      this.outbox.eventsDelivered(reply.stored, this.clock());
      return entries.filter((entry) => reply.stored.includes(entry.eventId));
    };
  }

  private sendChunks(client: PlatformClient): Send<DueChunk> {
    const materials = this.options.materials;
    return async (entries) => {
      if (!materials) return [];
      for (const entry of entries) {
        await client.putChunk(materials.upload(entry.chunkId));
        this.outbox.chunkDelivered(entry.chunkId, this.clock());
      }
      return entries;
    };
  }

  /**
   * Items that never failed go in one batch; each that failed before goes alone after it, so an
   * item the platform cannot take (a 500 on its values, say) never again takes a batch down.
   */
  private async deliverQueue<E extends Queued>(entries: readonly E[], send: Send<E>): Promise<void> {
    const fresh = entries.filter((entry) => entry.failures === 0);
    const reachable = fresh.length === 0 || (await this.deliver(fresh, send));
    if (reachable) await this.deliverAlone(entries.filter((entry) => entry.failures > 0), send);
  }

  /** Each entry in a request of its own; stops when the line is down, so that costs one timeout, not one each. */
  private async deliverAlone<E extends Queued>(entries: readonly E[], send: Send<E>): Promise<boolean> {
    for (const entry of entries) if (!(await this.deliver([entry], send))) return false;
    return true;
  }

  /**
   * Sends entries and files what became of each (see verdict.ts). A batch that the platform
   * refused or failed is sent again item by item at once: the bad item is found, the good ones
   * go through. Resolves false when the platform could not be reached.
   */
  private async deliver<E extends Queued>(entries: readonly E[], send: Send<E>): Promise<boolean> {
    try {
      const acknowledged = await send(entries);
      this.outbox.recordSuccess(this.clock());
      this.setOnline(true);
      this.retry(entries.filter((entry) => !acknowledged.includes(entry)), 'platform did not acknowledge', true);
      return true;
    } catch (error) {
      const verdict = verdictOf(error);
      if (verdict.kind === 'unavailable') {
        this.retry(entries, verdict.reason, false);
        this.setOnline(error instanceof PlatformRefusedError);
        return false;
      }
      this.setOnline(true);
      const [only] = entries;
      if (entries.length > 1 || !only) return this.deliverAlone(entries, send);
      if (verdict.kind === 'refused') this.outbox.deadLetter(only, verdict.error.status, verdict.error.reason, this.clock());
      else this.retry(entries, verdict.reason, true);
      return true;
    }
  }

  /** Within purgeIntervalMs of the last sweep, nothing; a clock set back sweeps at once. */
  private purge(): void {
    const { retention } = this.options;
    const now = this.clock();
    if (!retention || Math.abs(now.getTime() - this.purgedAt) < purgeIntervalMs) return;
    this.purgedAt = now.getTime();
    purgeAcknowledged(retention.store, retention.days, now);
  }

  private retry(entries: readonly Queued[], reason: string, failed: boolean): void {
    if (entries.length === 0) return;
    const now = this.clock().getTime();
    this.outbox.retryLater(entries, reason, (entry) => new Date(now + backoffDelay(entry.attempts, this.backoff)), failed);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    if (this.stopped || this.running) return;
    this.running = this.runOnce().finally(() => {
      this.running = undefined;
    });
    await this.running;
    this.emit();
    if (this.stopped) return;
    const more = this.outbox.due(this.clock(), 1).length > 0 || this.moreDue();
    this.schedule(more ? 0 : this.idleIntervalMs);
  }

  private moreDue(): boolean {
    const now = this.clock();
    return (this.options.events !== undefined && this.outbox.dueEvents(now, 1).length > 0) || (this.options.materials !== undefined && this.outbox.dueChunks(now, 1).length > 0);
  }

  private setOnline(online: boolean): void {
    this.online = online;
  }

  private emit(): void {
    const status = this.status();
    const key = JSON.stringify(status);
    if (key === this.lastEmitted) return;
    this.lastEmitted = key;
    for (const listener of this.listeners) listener(status);
  }
}
