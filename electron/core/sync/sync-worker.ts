import { setTimeout as delay } from 'node:timers/promises';
import type { CaseStore } from '../cases/case-store.js';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './backoff.js';
import type { Outbox } from './outbox.js';
import { PlatformRefusedError, type PlatformClient } from './platform-client.js';

export interface SyncStatus {
  online: boolean;
  waitingUploads: number;
}

export interface SyncWorkerOptions {
  backoff?: BackoffOptions;
  /** How often an idle worker looks for due work and checks the line. Default 5 s. */
  idleIntervalMs?: number;
  batchSize?: number;
}

/**
 * Delivers the outbox in the background: batches, jittered backoff, resumes from the store after
 * a restart. The platform acknowledges by id, so a batch whose reply was lost is simply resent.
 */
export class SyncWorker {
  private online = false;
  private lastEmitted = '';
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private readonly backoff: BackoffOptions;
  private readonly idleIntervalMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly outbox: Outbox,
    private readonly cases: CaseStore,
    private readonly client: PlatformClient | undefined,
    options: SyncWorkerOptions = {},
  ) {
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
    this.outbox.hurry(new Date());
    if (!this.stopped && !this.running) this.schedule(0);
  }

  /**
   * Sends what is due now and waits for it, at most `timeoutMs`: the submit screen uses this to
   * say "uploaded" when the line is good, without making a citizen wait on a bad one.
   */
  async flush(timeoutMs: number): Promise<void> {
    if (this.stopped) return;
    this.outbox.hurry(new Date());
    const cancel = new AbortController();
    const work = (async () => {
      while (this.running) await this.running;
      await this.tick();
    })();
    await Promise.race([work, delay(timeoutMs, undefined, { signal: cancel.signal }).catch(() => undefined)]);
    cancel.abort();
  }

  status(): SyncStatus {
    return { online: this.online, waitingUploads: this.outbox.depth() };
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One pass over what is due; resolves when the pass is over. */
  async runOnce(): Promise<void> {
    if (!this.client) return;
    const due = this.outbox.due(new Date(), this.batchSize);
    if (due.length === 0) {
      this.setOnline(await this.client.reachable());
      return;
    }
    try {
      const reply = await this.client.postCases(due.map((entry) => this.cases.upload(entry.caseId)));
      this.outbox.delivered(reply.stored, new Date());
      const missing = due.filter((entry) => !reply.stored.includes(entry.caseId));
      this.retry(missing, 'platform did not acknowledge');
      this.setOnline(true);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.retry(due, reason);
      // A refusal means the line works; the case needs a technician (dead letters come with issue 6).
      this.setOnline(error instanceof PlatformRefusedError);
    }
  }

  private retry(entries: Parameters<Outbox['retryLater']>[0], reason: string): void {
    if (entries.length === 0) return;
    const now = Date.now();
    this.outbox.retryLater(entries, reason, (entry) => new Date(now + backoffDelay(entry.attempts, this.backoff)));
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
    const more = this.outbox.due(new Date(), 1).length > 0;
    this.schedule(more ? 0 : this.idleIntervalMs);
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
