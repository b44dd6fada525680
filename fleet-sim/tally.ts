/** What the fleet has done so far: the figures of the once-a-minute line and of the tests. */
export interface Tally {
  heartbeats: number;
  cases: number;
  reviews: number;
  helpCalls: number;
  deviceEvents: number;
  /** Remote commands the platform took an acknowledgement of. */
  commandsAcknowledged: number;
  /** Requests the platform answered with a 4xx, by its error code. */
  refusals: Record<string, number>;
  /** Requests that found no platform or a 5xx: kept and sent again, as the kiosk does. */
  unreachable: number;
}

export const emptyTally = (): Tally => ({ heartbeats: 0, cases: 0, reviews: 0, helpCalls: 0, deviceEvents: 0, commandsAcknowledged: 0, refusals: {}, unreachable: 0 });

export function countRefusal(tally: Tally, error: string): void {
  tally.refusals[error] = (tally.refusals[error] ?? 0) + 1;
}

/** One line for a person watching: how many terminals are up, and what went up and was refused. */
export function summaryLine(tally: Tally, online: number, offline: number): string {
  const refused = Object.entries(tally.refusals).map(([error, n]) => `${error}×${n}`);
  return [
    `terminals ${online} online / ${offline} offline`,
    `heartbeats ${tally.heartbeats}`,
    `cases ${tally.cases}`,
    `reviews ${tally.reviews}`,
    `help calls ${tally.helpCalls}`,
    `commands acknowledged ${tally.commandsAcknowledged}`,
    `refusals ${refused.length === 0 ? 0 : refused.join(' ')}`,
    `unreachable ${tally.unreachable}`,
  ].join(', ');
}
