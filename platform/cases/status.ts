import type { Queryable } from '../db/database.js';
import type { CaseStatusReply } from '../protocol/index.js';
import { notProceedingOf } from './not-proceeding.js';

interface CaseRow {
  caseNumber: string;
  itemName: string;
  acceptedAt: Date;
  receivedAt: Date;
  /** The clerk who checked the applicant on a 远程帮办 call linked to the case, and when. */
  checkedBy: string | null;
  checkedAt: Date | null;
}

interface FeeRow {
  fee: number;
  name: string;
  amountFen: number;
  paidAt: Date | null;
}

/** The case's fees, each paid when its order is (payment_orders under due_key case:<number>:<n>). */
async function feesOf(db: Queryable, caseNumber: string): Promise<FeeRow[]> {
  const { rows } = await db.query<FeeRow>(
    `SELECT (f.n - 1)::int AS fee, f.value ->> 'name' AS name, (f.value ->> 'amountFen')::int AS "amountFen", o.settled_at AS "paidAt"
       FROM cases c CROSS JOIN LATERAL jsonb_array_elements(coalesce(c.fees, '[]'::jsonb)) WITH ORDINALITY AS f(value, n)
       LEFT JOIN payment_orders o ON o.due_key = 'case:' || c.case_number || ':' || (f.n - 1) AND o.state = 'paid'
      WHERE c.case_number = $1 ORDER BY f.n`,
    [caseNumber],
  );
  return rows;
}

/** What the query screen shows for a case number; no applicant data leaves the platform here. */
export async function findCaseStatus(db: Queryable, caseNumber: string): Promise<CaseStatusReply | undefined> {
  const { rows } = await db.query<CaseRow>(
    `SELECT c.case_number AS "caseNumber", c.item_name AS "itemName", c.accepted_at AS "acceptedAt", c.received_at AS "receivedAt",
            r.identity_checked_by AS "checkedBy", r.identity_checked_at AS "checkedAt"
       FROM cases c LEFT JOIN remote_calls r ON r.id = c.remote_call_id WHERE c.case_number = $1`,
    [caseNumber],
  );
  const row = rows[0];
  if (!row) return undefined;
  const acceptedAt = row.acceptedAt.toISOString();
  const receivedAt = row.receivedAt.toISOString();
  const fees = await feesOf(db, caseNumber);
  const checked = row.checkedBy && row.checkedAt ? [{ at: row.checkedAt.toISOString(), label: `远程核验：${row.checkedBy}` }] : [];
  const notProceeding = await notProceedingOf(db, caseNumber);
  const paid = fees.flatMap((f) => (f.paidAt ? [{ at: f.paidAt.toISOString(), label: `已缴费：${f.name}` }] : []));
  return {
    caseNumber: row.caseNumber,
    itemName: row.itemName,
    acceptedAt,
    receivedAt,
    status: 'received',
    timeline: [
      ...checked,
      { at: acceptedAt, label: '终端受理' },
      { at: receivedAt, label: '平台已接收' },
      ...paid,
    ],
    ...(fees.length > 0 ? { fees: fees.map(({ fee, name, amountFen, paidAt }) => ({ fee, name, amountFen, paid: paidAt !== null })) } : {}),
    ...(notProceeding ? { notProceeding } : {}),
  };
}
