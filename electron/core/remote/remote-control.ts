import type { KioskStatus } from '../../api/values.js';
import type { HeartbeatReply } from '../../../platform/protocol/heartbeat.js';
import type { RemoteConfig } from '../../../platform/protocol/remote-config.js';
import type { CommandRunner } from './command-runner.js';
import type { RemoteConfigRecord } from './remote-config-record.js';

/** While a help call waits for an answer, the kiosk asks this often, so the citizen hears within seconds. */
const helpPollMs = 10_000;
/** A citizen who called and heard nothing for this long has gone or been met; polling stops. */
const helpPollForMs = 15 * 60_000;

export interface RemoteControlOptions {
  runner: Pick<CommandRunner, 'receive'>;
  configRecord: RemoteConfigRecord;
  /** The kiosk switches to these settings at once: no restart. */
  applyConfig: (config: RemoteConfig) => void;
  /** Who is coming to a help call changed: the screen hears of it. */
  helpComingChanged: (coming: KioskStatus['helpComing']) => void;
  /** The region's 热门事项 the platform counted: the item list shows them. */
  popularHeard: (codes: readonly string[]) => void;
  /** Sends a heartbeat now rather than at the next interval. */
  beatNow: () => void;
  clock?: () => Date;
}

export interface RemoteControl {
  /** What the heartbeat reply brought: commands, config, an answered help call. */
  heard(reply: HeartbeatReply): void;
  /** The config version this terminal runs, for its heartbeat. */
  configVersion(): number;
  /** A citizen made this help call: beat often until staff answer it, so the answer reaches the screen. */
  helpCalled(callId: string): void;
  /** The citizen withdrew it: no more polling, and no answer to it is shown. */
  helpCancelled(callId: string): void;
  stop(): void;
}

/** The platform's side of the heartbeat reply, taken in by the kiosk. */
export function startRemoteControl(options: RemoteControlOptions): RemoteControl {
  const clock = options.clock ?? (() => new Date());
  let running = options.configRecord.read();
  let coming: KioskStatus['helpComing'] = null;
  /** The last help call made here: only its answer is shown, never an earlier citizen's. */
  let awaited: string | undefined;
  let poll: NodeJS.Timeout | undefined;
  let pollUntil = 0;
  const stopPolling = () => {
    clearInterval(poll);
    poll = undefined;
  };
  options.applyConfig(running);
  return {
    heard(reply) {
      if (reply.remoteCommands) void options.runner.receive(reply.remoteCommands, new Date(reply.platformTime));
      if (reply.remoteConfig && reply.remoteConfig.version !== running.version) {
        running = reply.remoteConfig;
        options.configRecord.save(running);
        options.applyConfig(running);
      }
      if (reply.popularItems) options.popularHeard(reply.popularItems);
      const answer = reply.helpComing;
      if (!coming && answer && answer.callId === awaited) {
        coming = { by: answer.by, at: answer.at };
        options.helpComingChanged(coming);
      }
      if (coming || clock().getTime() > pollUntil) stopPolling();
    },
    configVersion: () => running.version,
    helpCalled(callId) {
      awaited = callId;
      if (coming) options.helpComingChanged((coming = null));
      pollUntil = clock().getTime() + helpPollForMs;
      options.beatNow();
      poll ??= setInterval(options.beatNow, helpPollMs);
    },
    helpCancelled(callId) {
      if (callId !== awaited) return;
      awaited = undefined;
      stopPolling();
      if (coming) options.helpComingChanged((coming = null));
    },
    stop: stopPolling,
  };
}
