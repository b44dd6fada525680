import { beijingDay } from '../db/beijing-day.js';
import type { Queryable } from '../db/database.js';
import { goodReviewFrom, reviewSchema, type FiguresReply } from '../protocol/index.js';

export interface FiguresRange {
  from: string;
  to: string;
  /** accounts/may.ts scopePrefix: the region and below. */
  prefix: string;
}

const inScope = `rpad(t.region_code, 12, '0') LIKE $3 || '%'`;
const paramsOf = (range: FiguresRange) => [range.from, range.to, range.prefix];

export async function casesPerDay(db: Queryable, range: FiguresRange): Promise<FiguresReply['casesPerDay']> {
  const day = beijingDay('c.accepted_at');
  const { rows } = await db.query<FiguresReply['casesPerDay'][number]>(
    `SELECT ${day} AS day, t.region_code AS "regionCode", c.item_code AS "itemCode", min(c.item_name) AS "itemName", count(*)::int AS count
       FROM cases c JOIN terminals t ON t.id = c.terminal_id
      WHERE ${day} BETWEEN $1 AND $2 AND ${inScope}
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    paramsOf(range),
  );
  return rows;
}

async function reviews(db: Queryable, range: FiguresRange): Promise<Pick<FiguresReply, 'reviews' | 'badReviews'>> {
  const { rows } = await db.query<{ body: unknown; terminalCode: string; hallName: string }>(
    `SELECT e.body, t.code AS "terminalCode", t.hall_name AS "hallName"
       FROM terminal_events e JOIN terminals t ON t.id = e.terminal_id
      WHERE e.kind = 'review' AND ${beijingDay('e.occurred_at')} BETWEEN $1 AND $2 AND ${inScope}
      ORDER BY e.occurred_at DESC`,
    paramsOf(range),
  );
  const all = rows.map((row) => ({ ...row, review: reviewSchema.parse(row.body) }));
  const bad = all.filter(({ review }) => review.score < goodReviewFrom);
  return {
    reviews: { total: all.length, good: all.length - bad.length },
    badReviews: bad.slice(0, 200).map(({ review, terminalCode, hallName }) => ({ at: review.at, caseNumber: review.caseNumber, score: review.score, reasons: review.reasons ?? [], terminalCode, hallName })),
  };
}

async function helpCalls(db: Queryable, range: FiguresRange): Promise<FiguresReply['helpCalls']> {
  const { rows } = await db.query<{ total: number; answered: number; median: number | null; max: number | null }>(
    `SELECT count(*)::int AS total, count(a.event_id)::int AS answered,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.answered_at - e.occurred_at)) AS median,
            max(extract(epoch FROM a.answered_at - e.occurred_at)) AS max
       FROM terminal_events e JOIN terminals t ON t.id = e.terminal_id LEFT JOIN help_call_answers a ON a.event_id = e.id
      WHERE e.kind = 'help_call' AND ${beijingDay('e.occurred_at')} BETWEEN $1 AND $2 AND ${inScope}`,
    paramsOf(range),
  );
  const row = rows[0];
  const seconds = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(Number(value)));
  return { total: row?.total ?? 0, answered: row?.answered ?? 0, medianSecondsToAnswer: seconds(row?.median), maxSecondsToAnswer: seconds(row?.max) };
}

/** 办件量 per day, region and item; 好差评 and the bad reviews; help calls answered and how fast. */
export async function serviceFigures(db: Queryable, range: FiguresRange): Promise<FiguresReply> {
  return { from: range.from, to: range.to, casesPerDay: await casesPerDay(db, range), ...(await reviews(db, range)), helpCalls: await helpCalls(db, range) };
}
