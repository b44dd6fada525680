import { fullRegionCode, regionAndAbove } from '../../standards/region-code.js';
import type { Queryable } from '../db/database.js';
import { alertRulesSchema, type AlertRules } from '../protocol/index.js';

/**
 * Where no admin set any: five missed one-minute heartbeats, any paper or device trouble, an
 * outbox waiting an hour, every refused catalog, a clock two minutes off (the replay window of
 * signed requests is five).
 */
export const defaultAlertRules: AlertRules = {
  offline: { on: true, minutes: 5 },
  paper: { on: true },
  deviceFault: { on: true },
  outboxStuck: { on: true, minutes: 60 },
  catalogRefused: { on: true },
  clockSkew: { on: true, seconds: 120 },
};

export interface RulesInForce {
  rules: AlertRules;
  /** The region whose rules these are; null for the defaults. */
  from: string | null;
}

/** The rules of the nearest region at or above `regionCode` that has some. */
export async function rulesFor(db: Queryable, regionCode: string): Promise<RulesInForce> {
  const { rows } = await db.query<{ regionCode: string; rules: unknown }>(
    `SELECT region_code AS "regionCode", rules FROM alert_rules
      WHERE rpad(region_code, 12, '0') = ANY($1::text[]) ORDER BY rpad(region_code, 12, '0') DESC LIMIT 1`,
    [regionAndAbove(regionCode)],
  );
  const row = rows[0];
  return row ? { rules: alertRulesSchema.parse(row.rules), from: row.regionCode } : { rules: defaultAlertRules, from: null };
}

/** Every region's rules, most specific first, for the sweep that checks thousands of terminals at once. */
export async function allRules(db: Queryable): Promise<(RulesInForce & { from: string })[]> {
  const { rows } = await db.query<{ regionCode: string; rules: unknown }>('SELECT region_code AS "regionCode", rules FROM alert_rules');
  return rows
    .map((row) => ({ rules: alertRulesSchema.parse(row.rules), from: row.regionCode }))
    .sort((a, b) => fullRegionCode(b.from).localeCompare(fullRegionCode(a.from)));
}

export async function setRules(db: Queryable, regionCode: string, rules: AlertRules, changedBy: string): Promise<void> {
  await db.query(
    `INSERT INTO alert_rules (region_code, rules, changed_by) VALUES ($1, $2::jsonb, $3)
     ON CONFLICT (region_code) DO UPDATE SET rules = excluded.rules, changed_by = excluded.changed_by, changed_at = now()`,
    [regionCode, JSON.stringify(rules), changedBy],
  );
}
