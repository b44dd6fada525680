/** How a terminal is doing by its heartbeats, as the fleet page shows and filters it. */
export const onlineStates = ['online', 'late', 'offline'] as const;
export type OnlineState = (typeof onlineStates)[number];

/** One missed beat is a slow line, not a problem: online until two intervals have passed. */
const onlineWithin = 2;
/** Past ten intervals (ten minutes at the default minute) a terminal is taken as down. */
const lateWithin = 10;

/**
 * By the platform's clock (`now`, the time the list was read), not the office PC's: a PC whose
 * clock is off would otherwise show the whole fleet offline.
 */
export function onlineState(lastHeartbeatAt: string | null, now: string, intervalSeconds: number): OnlineState {
  if (lastHeartbeatAt === null) return 'offline';
  const intervals = (Date.parse(now) - Date.parse(lastHeartbeatAt)) / 1000 / intervalSeconds;
  if (intervals <= onlineWithin) return 'online';
  return intervals <= lateWithin ? 'late' : 'offline';
}
