import type { HeartbeatReply } from '../protocol/index.js';

/** Long enough for staff to walk across a hall; a citizen still at the screen after that has been met. */
const shownForMinutes = 15;

/**
 * The newest help call of the terminal ($1) that staff answered within the last minutes: who is
 * coming; a withdrawn call is nobody's business any more. A statement the heartbeat reply runs
 * with its other reads (fleet/heartbeat-extras.ts).
 */
export const helpComingQuery = `SELECT a.event_id AS "callId", a.answered_by AS by, a.answered_at AS at
  FROM help_call_answers a JOIN terminal_events e ON e.id = a.event_id
  LEFT JOIN help_call_cancels c ON c.terminal_id = e.terminal_id AND c.call_id = e.id
 WHERE e.terminal_id = $1::uuid AND a.answered_at > now() - make_interval(mins => ${shownForMinutes}) AND c.call_id IS NULL
 ORDER BY a.answered_at DESC LIMIT 1`;

/** The row of helpComingQuery, if any, as the reply carries it; the time may come as JSON text. */
export function helpComingOf(row: { callId: string; by: string; at: Date | string } | null): HeartbeatReply['helpComing'] {
  return row ? { callId: row.callId, by: row.by, at: new Date(row.at).toISOString() } : undefined;
}
