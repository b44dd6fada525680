import type { Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import type { NotProceeding, NotProceedingRequest } from '../protocol/index.js';

interface MarkRow {
  kind: NotProceeding['kind'];
  reason: string;
  at: Date;
  refundedFen: number;
}

/** The mark and what its case's refunded fee orders gave back; undefined while the case proceeds (or is not held). */
export async function notProceedingOf(db: Queryable, caseNumber: string): Promise<NotProceeding | undefined> {
  const { rows } = await db.query<MarkRow>(
    `SELECT not_proceeding_kind AS kind, not_proceeding_reason AS reason, not_proceeding_at AS at,
            (SELECT coalesce(sum(o.amount_fen), 0)::int FROM payment_orders o
              WHERE left(o.due_key, length('case:' || c.case_number || ':')) = 'case:' || c.case_number || ':' AND o.state = 'refunded') AS "refundedFen"
       FROM cases c WHERE c.case_number = $1 AND c.not_proceeding_kind IS NOT NULL`,
    [caseNumber],
  );
  const row = rows[0];
  return row && { kind: row.kind, reason: row.reason, at: row.at.toISOString(), refundedFen: row.refundedFen };
}

/**
 * Marks the case 不予受理 or 终止办理, once: the first mark stands and a second call changes nothing
 * (a double click, a retry after a lost reply). False when the case is not held here.
 */
export async function markNotProceeding(db: Queryable, caseNumber: string, mark: NotProceedingRequest): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE cases SET not_proceeding_kind = coalesce(not_proceeding_kind, $2), not_proceeding_reason = coalesce(not_proceeding_reason, $3),
            not_proceeding_at = coalesce(not_proceeding_at, now())
      WHERE case_number = $1 RETURNING 1`,
    [caseNumber, mark.kind, mark.reason],
  );
  return rows.length === 1;
}

/** Refused before an order is made: a case that does not proceed takes no fee. */
export async function refuseIfNotProceeding(db: Queryable, caseNumber: string): Promise<void> {
  const mark = await notProceedingOf(db, caseNumber);
  if (!mark) return;
  const said = mark.kind === 'rejected' ? { zh: '不予受理', en: 'was not accepted' } : { zh: '已终止办理', en: 'was ended' };
  throw new HttpError(
    409,
    'case_not_proceeding',
    `该办件${said.zh}（${mark.reason}），无需缴费；已缴费用已退还 / this case ${said.en} (${mark.reason}); nothing is due and fees paid were refunded`,
  );
}
