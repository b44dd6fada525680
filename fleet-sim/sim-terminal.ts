import { v7 as uuidv7 } from 'uuid';
import {
  caseBatchReplySchema,
  eventBatchReplySchema,
  heartbeatReplySchema,
  platformErrorSchema,
  type CaseUpload,
  type CommandAck,
  type DeviceEvent,
  type HelpCall,
  type Heartbeat,
  type RemoteCommand,
  type Review,
} from '../platform/protocol/index.js';
import { CitizenActivity } from './citizen-activity.js';
import { DeviceHealth, type DeviceState } from './device-health.js';
import { SimCatalog } from './sim-catalog.js';
import type { EnrolledTerminal } from './enroll-by-token.js';
import type { TerminalPlan } from './fleet-plan.js';
import { signedPost } from './signed-post.js';
import { countRefusal, type Tally } from './tally.js';

/** Per simulated minute at one terminal of a busy hall: about one case in twelve minutes. */
const casesPerMinute = 0.08;
const reviewShare = 0.6;
const helpCallsPerMinute = 0.01;
/** The platform takes at most this many items in one batch. */
const batchLimit = 100;

interface Waiting<T> {
  path: string;
  items: T[];
  /** Reply field holding the ids stored, and each item's id. */
  stored: (reply: unknown) => string[];
  counted: keyof Pick<Tally, 'cases' | 'reviews' | 'helpCalls' | 'deviceEvents'>;
}

const storedCases = (reply: unknown) => caseBatchReplySchema.parse(reply).stored;
const storedEvents = (reply: unknown) => eventBatchReplySchema.parse(reply).stored;

/** Refused for now, not for what they hold (too fast; a revoked or unknown terminal): kept, as the kiosk keeps them. */
const passingRefusals = new Set([401, 429]);

/** The platform's error code for a refusal, or the status when it said nothing we can read. */
async function refusalCode(res: Response): Promise<string> {
  return platformErrorSchema.safeParse(await res.json().catch(() => undefined)).data?.error ?? `http_${res.status}`;
}

/**
 * One terminal at the protocol level: each step is one heartbeat interval of simulated time, in
 * which citizens may come, devices change and the line may be down; when the line is up it sends
 * what waits, as the kiosk's outbox does, and then its heartbeat.
 */
export class SimTerminal {
  readonly code: string;
  private minute = 0;
  private readonly devices: DeviceHealth;
  private readonly citizens: CitizenActivity;
  private readonly cases: Waiting<CaseUpload> = { path: '/v1/cases', items: [], stored: storedCases, counted: 'cases' };
  private readonly reviews: Waiting<Review> = { path: '/v1/reviews', items: [], stored: storedEvents, counted: 'reviews' };
  private readonly helpCalls: Waiting<HelpCall> = { path: '/v1/help-calls', items: [], stored: storedEvents, counted: 'helpCalls' };
  private readonly deviceEvents: Waiting<DeviceEvent> = { path: '/v1/device-events', items: [], stored: storedEvents, counted: 'deviceEvents' };
  /** --faults' stuck outbox: one case the platform never takes, retried and reported as stuck. */
  private readonly stuckSince: Date | undefined;
  private printerWas: DeviceState | undefined;
  private lastSuccessAt: string | null = null;
  private deadLetters = 0;
  private readonly catalog = new SimCatalog();
  /** Each command's outcome once run: a reply that repeats it (its acknowledgement lost) is answered, not run again. */
  private readonly ran = new Map<string, CommandAck>();

  constructor(
    readonly plan: TerminalPlan,
    /** Its identity at the platform, for a test to act as it. */
    readonly enrolled: EnrolledTerminal,
    private readonly platformUrl: string,
    private readonly tally: Tally,
  ) {
    this.code = enrolled.code;
    this.devices = new DeviceHealth(plan.prng, plan.faults);
    this.citizens = new CitizenActivity(plan.prng, enrolled.code, plan.hall.regionCode);
    this.stuckSince = plan.faults.includes('stuck-outbox') ? this.now() : undefined;
  }

  /** The terminal's own clock: a few are minutes off, as field clocks are. */
  private now(): Date {
    return new Date(Date.now() + this.plan.clockSkewMs);
  }

  get online(): boolean {
    const window = this.plan.offline;
    return window === undefined || this.minute < window.from || this.minute >= window.until;
  }

  /** Citizens and devices over `minutes` of simulated time; queued whether the line is up or not. */
  private live(minutes: number): void {
    this.devices.tick();
    const at = this.now();
    if (this.devices.canServe && this.plan.prng.chance(casesPerMinute * minutes)) {
      const made = this.citizens.newCase(at);
      this.cases.items.push(made);
      this.devices.printed();
      if (this.plan.prng.chance(reviewShare)) this.reviews.items.push(this.citizens.review(made.caseNumber, at));
    }
    const trouble = !this.devices.canServe || this.devices.printerState() === 'fault';
    if (this.plan.prng.chance(helpCallsPerMinute * minutes * (trouble ? 5 : 1))) this.helpCalls.items.push(this.citizens.helpCall(at, trouble));
    this.notePrinter(at);
  }

  /** A device event when the printer's state changes, as the kiosk reports paper running out. */
  private notePrinter(at: Date): void {
    const state = this.devices.printerState();
    if (state === this.printerWas) return;
    const detail = this.devices.report().printer?.detail;
    this.deviceEvents.items.push({ id: uuidv7({ msecs: at.getTime(), random: this.plan.prng.bytes(16) }), at: at.toISOString(), device: 'printer', state, ...(detail ? { detail } : {}) });
    this.printerWas = state;
  }

  /**
   * Sends one batch of what waits. Items refused for what they hold are dead letters, as the
   * kiosk keeps them; a passing refusal or a platform that cannot be reached keeps them waiting.
   */
  private async send<T extends { id: string }>(waiting: Waiting<T>): Promise<void> {
    const batch = waiting.items.slice(0, batchLimit);
    if (batch.length === 0) return;
    const payload = waiting.path === '/v1/cases' ? { cases: batch } : { items: batch };
    const res = await this.post(waiting.path, payload);
    if (res === undefined) return;
    if (res.ok) {
      const stored = new Set(waiting.stored(await res.json()));
      waiting.items = waiting.items.filter((item) => !stored.has(item.id));
      this.tally[waiting.counted] += stored.size;
      this.lastSuccessAt = this.now().toISOString();
      return;
    }
    countRefusal(this.tally, await refusalCode(res));
    if (passingRefusals.has(res.status)) return;
    waiting.items = waiting.items.slice(batch.length);
    this.deadLetters += batch.length;
  }

  /** undefined when the platform could not be reached or failed (5xx): nothing was stored. */
  private async post(path: string, payload: unknown): Promise<Response | undefined> {
    try {
      const res = await signedPost(this.platformUrl, this.enrolled, path, payload, this.now());
      if (res.status < 500) return res;
      await res.arrayBuffer();
    } catch {
      // The line is down or the platform restarting: the items wait for the next beat.
    }
    this.tally.unreachable += 1;
    return undefined;
  }

  private waitingCount(): number {
    return this.cases.items.length + this.reviews.items.length + this.helpCalls.items.length + this.deviceEvents.items.length + (this.stuckSince ? 1 : 0);
  }

  private oldestWaitingAt(): string | null {
    const times = [this.stuckSince?.toISOString(), this.cases.items[0]?.acceptedAt, this.reviews.items[0]?.at, this.helpCalls.items[0]?.at].filter((t): t is string => t !== undefined);
    return times.sort()[0] ?? null;
  }

  /** What its heartbeat says now: versions, device health, outbox. */
  heartbeat(): Heartbeat {
    return {
      sentAt: this.now().toISOString(),
      versions: { app: this.plan.appVersion, catalog: this.plan.catalogVersion },
      health: this.devices.report(),
      outbox: { depth: this.waitingCount(), oldestWaitingAt: this.oldestWaitingAt(), lastSuccessAt: this.lastSuccessAt, deadLetters: this.deadLetters, stuck: this.stuckSince ? 1 : 0 },
      catalog: this.catalog.report(),
    };
  }

  /**
   * One heartbeat interval of simulated time: what happened in it, then (line up) the heartbeat
   * and what waits. Resolves with the interval the platform asked for (seconds), or undefined
   * when no heartbeat got through.
   */
  async step(minutes: number): Promise<number | undefined> {
    this.minute += minutes;
    this.live(minutes);
    if (!this.online) return undefined;
    const asked = await this.beat();
    await this.send(this.cases);
    await this.send(this.reviews);
    await this.send(this.helpCalls);
    await this.send(this.deviceEvents);
    return asked;
  }

  /** Before the outbox drains, so the console sees the depth a spell offline left, and the next beat sees it gone. */
  private async beat(): Promise<number | undefined> {
    const res = await this.post('/v1/heartbeats', this.heartbeat());
    if (res === undefined) return undefined;
    if (!res.ok) {
      countRefusal(this.tally, await refusalCode(res));
      return undefined;
    }
    this.tally.heartbeats += 1;
    const reply = heartbeatReplySchema.parse(await res.json());
    await this.acknowledge(reply.remoteCommands ?? []);
    if (reply.catalogVersion !== undefined) this.catalog.offered(reply.catalogVersion);
    return reply.config.heartbeatIntervalSeconds;
  }

  /** What running a command comes to; a screenshot fails: a simulated terminal has no screen. */
  private run(id: string, kind: RemoteCommand['kind']): CommandAck {
    if (kind === 'screenshot') return { id, outcome: 'failed', detail: '模拟终端不能截屏 / a simulated terminal cannot take a screenshot' };
    if (kind !== 'catalog.rollback') return { id, outcome: 'done', detail: '模拟终端已执行 / done by a simulated terminal' };
    const back = this.catalog.rollBack();
    if (!back) return { id, outcome: 'failed', detail: '没有可回退的上一版事项清单 / no previous catalog to roll back to' };
    return { id, outcome: 'done', detail: `事项清单已从第 ${back.from} 版回退到第 ${back.to} 版 / catalog rolled back from version ${back.from} to ${back.to}` };
  }

  /**
   * Each command the reply carries, acknowledged as a terminal would after running it, so the
   * console shows a simulated fleet's commands done. An acknowledgement lost on the line is sent
   * again with the next reply that repeats it, the command run only once, as the kiosk runs it.
   */
  private async acknowledge(commands: readonly RemoteCommand[]): Promise<void> {
    for (const { id, kind } of commands) {
      const ack = this.ran.get(id) ?? this.run(id, kind);
      this.ran.set(id, ack);
      const res = await this.post('/v1/command-acks', ack);
      if (res === undefined) return;
      if (res.ok) this.tally.commandsAcknowledged += 1;
      else countRefusal(this.tally, await refusalCode(res));
    }
  }
}
