import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { z } from 'zod';
import { every } from './every.js';

const systemdEnvSchema = z.object({
  NOTIFY_SOCKET: z.string().min(1).optional(),
  WATCHDOG_USEC: z.coerce.number().int().positive().optional(),
});

export interface WatchdogPlan {
  /** systemd listens (Type=notify): say READY=1 once up. */
  notify: boolean;
  /** systemd watches (WatchdogSec=): say WATCHDOG=1 this often, half its timeout as sd_watchdog_enabled advises. */
  petEveryMs: number | undefined;
}

/**
 * What systemd asked for, read from the environment it sets. WATCHDOG_PID is not compared with
 * our pid as sd_watchdog_enabled does: under Electron the kiosk's main process is a child of
 * `tongban start`, and the unit's NotifyAccess=all takes its messages.
 */
export function watchdogPlan(env: NodeJS.ProcessEnv): WatchdogPlan {
  const parsed = systemdEnvSchema.safeParse({ NOTIFY_SOCKET: env.NOTIFY_SOCKET, WATCHDOG_USEC: env.WATCHDOG_USEC });
  const vars = parsed.success ? parsed.data : {};
  if (!vars.NOTIFY_SOCKET) return { notify: false, petEveryMs: undefined };
  return { notify: true, petEveryMs: vars.WATCHDOG_USEC === undefined ? undefined : vars.WATCHDOG_USEC / 2000 };
}

/**
 * One sd_notify message through the systemd-notify binary: Node's dgram speaks UDP only, and the
 * notify socket is a unix datagram socket. Without --no-block, systemd-notify waits until PID 1
 * has the message, so it is not lost when systemd-notify exits first (systemd-notify(1)).
 */
export async function systemdNotify(state: string): Promise<void> {
  await promisify(execFile)('systemd-notify', [state]);
}

export interface WatchdogDeps {
  env: NodeJS.ProcessEnv;
  send: (state: string) => Promise<void>;
  /** Whether the kiosk works; a probe that never settles is a hang, and the watchdog goes unfed. */
  healthy: () => Promise<boolean>;
  every: (ms: number, tick: () => void) => () => void;
  log: (line: string) => void;
}

/** Tells systemd the kiosk is up, then keeps feeding its watchdog while the kiosk is healthy. */
export function startSystemdWatchdog(deps: WatchdogDeps): { stop(): void } {
  const plan = watchdogPlan(deps.env);
  const fail = (error: unknown) => deps.log(`systemd watchdog: ${error instanceof Error ? error.message : String(error)}`);
  if (!plan.notify) return { stop: () => undefined };
  void deps.send('READY=1').catch(fail);
  if (plan.petEveryMs === undefined) return { stop: () => undefined };
  let probing = false;
  const stop = deps.every(plan.petEveryMs, () => {
    if (probing) return;
    probing = true;
    void deps
      .healthy()
      .then((ok) => (ok ? deps.send('WATCHDOG=1') : undefined))
      .catch(fail)
      .finally(() => (probing = false));
  });
  return { stop };
}

/**
 * The watchdog as both shells run it: healthy while the core answers, even "please wait" from a
 * supervisor restarting it (the supervisor heals that itself); a core that hangs goes unanswered,
 * and systemd restarts the kiosk.
 */
export function watchCore(core: { invoke(name: string, payload: unknown): Promise<unknown> }, log: (line: string) => void): { stop(): void } {
  const healthy = () => core.invoke('kiosk.status', {}).then(() => true);
  return startSystemdWatchdog({ env: process.env, send: systemdNotify, healthy, every, log });
}
