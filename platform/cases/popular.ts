import type { Queryable } from '../db/database.js';

/** 热门事项 look back this far: a month's habits, not a season's. */
const windowDays = 30;
/** As many as the kiosk's list can show (catalog.browse's popular). */
const limit = 12;
/**
 * Counting a region's month of cases at every heartbeat (thousands a minute) would cost more
 * than the list is worth; it changes slowly, so each instance counts a region at most this often.
 */
const freshForMs = 10 * 60_000;

const countStatement = `SELECT c.item_code AS code
  FROM cases c JOIN terminals t ON t.id = c.terminal_id
 WHERE t.region_code = $1 AND c.accepted_at > $2::timestamptz - make_interval(days => $3)
 GROUP BY c.item_code
 ORDER BY count(*) DESC, c.item_code
 LIMIT $4`;

/** The item codes applied for most in a region (the terminal's) over the last 30 days, most first. */
export class PopularItems {
  private readonly counted = new Map<string, { at: number; codes: string[] }>();

  constructor(
    private readonly db: Queryable,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async codesFor(regionCode: string): Promise<string[]> {
    const now = this.now();
    const kept = this.counted.get(regionCode);
    if (kept && now.getTime() - kept.at < freshForMs) return kept.codes;
    const { rows } = await this.db.query<{ code: string }>(countStatement, [regionCode, now.toISOString(), windowDays, limit]);
    const codes = rows.map((r) => r.code);
    this.counted.set(regionCode, { at: now.getTime(), codes });
    return codes;
  }
}
