import type { Heartbeat, HeartbeatReply } from '../../../platform/protocol/heartbeat.js';
import type { Outbox } from './outbox.js';
import type { PlatformClient } from '../uplink/platform-client.js';

export interface HeartbeatSource {
  versions(): Record<string, string>;
  /** Per device, now; the drivers know, the heartbeat only carries it. */
  health(): Heartbeat['health'];
  /** The catalog it runs and any bundle it refused since; absent where catalog updates are off. */
  catalog?(): Heartbeat['catalog'];
  /** Where the terminal stands in its lifecycle now. */
  lifecycle(): NonNullable<Heartbeat['lifecycle']>;
  /** The remote config version it runs; absent where none is kept. */
  configVersion?(): number;
}

export interface HeartbeatResult {
  reply: HeartbeatReply;
  /** Platform time minus ours, in ms, halfway through the round trip: shown to technicians. */
  clockSkewMs: number;
}

/** One heartbeat: versions, device health and the outbox's state up; the platform's time and config back. */
export async function beat(client: PlatformClient, outbox: Outbox, source: HeartbeatSource, clock: () => Date = () => new Date()): Promise<HeartbeatResult> {
  const { depth, oldestWaitingAt, lastSuccessAt, deadLetters, stuck } = outbox.health();
  const sent = clock();
  const reply = await client.postHeartbeat({
    sentAt: sent.toISOString(),
    versions: source.versions(),
    health: source.health(),
    outbox: { depth, oldestWaitingAt, lastSuccessAt, deadLetters, stuck },
    catalog: source.catalog?.(),
    lifecycle: source.lifecycle(),
    configVersion: source.configVersion?.(),
  });
  const midpoint = (sent.getTime() + clock().getTime()) / 2;
  return { reply, clockSkewMs: Date.parse(reply.platformTime) - midpoint };
}

export interface HeartbeatTimer {
  /** The last result; undefined until the first heartbeat is answered. */
  last(): HeartbeatResult | undefined;
  /** A beat at once (unless one is on its way), the next counted from it. */
  now(): void;
  stop(): void;
}

/**
 * Beats now and then every `everyMs`, or as often as the platform's reply asks. A failed beat
 * is simply the next one's job: a heartbeat carries state, never anything that must arrive.
 */
export function startHeartbeats(
  client: PlatformClient,
  outbox: Outbox,
  source: HeartbeatSource,
  everyMs: number,
  onBeat: (result: HeartbeatResult) => void,
  /** A beat that failed: the platform may have said something of the terminal itself (revoked). */
  onFailure: (error: unknown) => void = () => undefined,
): HeartbeatTimer {
  let last: HeartbeatResult | undefined;
  let interval = everyMs;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let beating = false;
  const next = () => {
    if (!stopped) timer = setTimeout(() => void once(), interval);
  };
  const once = async () => {
    beating = true;
    try {
      last = await beat(client, outbox, source);
      interval = last.reply.config.heartbeatIntervalSeconds * 1000;
      onBeat(last);
    } catch (error) {
      // The line is down or the platform busy: the outbox depth says the rest, next time.
      onFailure(error);
    }
    beating = false;
    next();
  };
  timer = setTimeout(() => void once(), 0);
  return {
    last: () => last,
    now() {
      if (stopped || beating) return;
      clearTimeout(timer);
      timer = setTimeout(() => void once(), 0);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
