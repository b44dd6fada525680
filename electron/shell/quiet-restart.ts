import { every } from './every.js';

export interface QuietRestartFacts {
  now: Date;
  /** When this kiosk process started. */
  startedAt: Date;
  /** The configured quiet hour, 0–23 in the terminal's local time (3: from 03:00 to 04:00). */
  quietHour: number;
  /** A citizen is being served: a session is open. */
  citizenPresent: boolean;
}

/**
 * Whether to restart the kiosk now, to start each day fresh (memory, a Chromium that drifted).
 * Only within the quiet hour, only once a day (a kiosk started during it has just restarted),
 * and never under a citizen's hands: one who came at 03:10 is served, and the restart waits
 * for them to leave. A kiosk busy through the whole hour restarts the next night instead, not
 * in the morning rush.
 */
export function quietRestartDue(facts: QuietRestartFacts): boolean {
  const from = new Date(facts.now);
  from.setHours(facts.quietHour, 0, 0, 0);
  const until = new Date(from);
  until.setHours(facts.quietHour + 1);
  const inQuietHour = facts.now >= from && facts.now < until;
  return inQuietHour && facts.startedAt < from && !facts.citizenPresent;
}

/** Ten minutes without a request (the screen's idle timeout is shorter): nobody is there. */
const presenceMs = 10 * 60_000;

export interface QuietRestartOptions {
  /** undefined: no quiet-hour restart. */
  quietHour: number | undefined;
  /** Whether anything was asked of the core within `ms` (CoreSupervisor.requestedWithin). */
  requestedWithin: (ms: number) => boolean;
  /** Ends this process; the service manager (systemd, or `tongban start` for Electron) starts it again. */
  restart: () => void;
  log: (line: string) => void;
}

/** Looks once a minute whether the quiet-hour restart is due. */
export function scheduleQuietRestart(options: QuietRestartOptions): () => void {
  const { quietHour } = options;
  if (quietHour === undefined) return () => undefined;
  const startedAt = new Date();
  return every(60_000, () => {
    if (!quietRestartDue({ now: new Date(), startedAt, quietHour, citizenPresent: options.requestedWithin(presenceMs) })) return;
    options.log(`quiet-hour restart (${quietHour}:00, nobody at the screen)`);
    options.restart();
  });
}
