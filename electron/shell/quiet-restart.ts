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
