import { regionCovers } from '../../standards/region-code.js';
import type { Database } from '../db/database.js';
import { allRules, defaultAlertRules } from './rules.js';
import { announce } from './store.js';

interface Silent {
  id: string;
  regionCode: string;
  minutes: number;
}

/** The offline threshold for a region: that of the nearest region with rules, else the default (rules sorted most specific first). */
function offlineRuleFor(regionCode: string, rules: Awaited<ReturnType<typeof allRules>>) {
  return (rules.find((r) => regionCovers(r.from, regionCode))?.rules ?? defaultAlertRules).offline;
}

/**
 * The terminal page charts the last day of heartbeats; older samples go. A fleet of 3,000 beating
 * each minute writes 4.3 million a day, so keeping them longer would be keeping a metrics store.
 */
const sampleHours = 25;

/**
 * Offline is the one condition no request shows: the platform looks for it on a timer. A
 * terminal never heard from counts from its enrollment. Raised once; its next heartbeat clears it.
 * Heartbeat samples past a day go at the same time.
 */
export async function sweepOffline(db: Database): Promise<number> {
  const { rows } = await db.query<Silent>(
    `SELECT t.id, t.region_code AS "regionCode", extract(epoch FROM now() - coalesce(s.received_at, t.enrolled_at)) / 60 AS minutes
       FROM terminals t LEFT JOIN terminal_status s ON s.terminal_id = t.id
      WHERE t.revoked_at IS NULL AND coalesce(s.received_at, t.enrolled_at) < now() - interval '2 minutes'
        AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.terminal_id = t.id AND a.kind = 'offline' AND a.cleared_at IS NULL)`,
  );
  const rules = await allRules(db);
  const offline = rows.flatMap((row) => {
    const rule = offlineRuleFor(row.regionCode, rules);
    return rule.on && Number(row.minutes) > rule.minutes ? [{ id: row.id, detail: `${Math.floor(Number(row.minutes))} min` }] : [];
  });
  await db.query('DELETE FROM heartbeat_samples WHERE received_at < now() - make_interval(hours => $1)', [sampleHours]);
  if (offline.length === 0) return 0;
  return db.transaction(async (tx) => {
    const raised = await tx.query<{ id: string }>(
      `INSERT INTO alerts (terminal_id, kind, detail)
       SELECT id, 'offline', detail FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, detail text)
       ON CONFLICT (terminal_id, kind, subject) WHERE cleared_at IS NULL DO NOTHING
       RETURNING id::text AS id`,
      [JSON.stringify(offline)],
    );
    await announce(tx, raised.rows.map((r) => r.id));
    return raised.rows.length;
  });
}

/** Runs the sweep every `seconds` until stopped; a failed round is reported and the next one tries again. */
export function startOfflineSweep(db: Database, seconds: number, report: (error: unknown) => void): () => void {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => sweepOffline(db)).catch(report);
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
