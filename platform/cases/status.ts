import type { Queryable } from '../db/database.js';
import type { CaseStatusReply } from '../protocol/index.js';

interface CaseRow {
  caseNumber: string;
  itemName: string;
  acceptedAt: Date;
  receivedAt: Date;
}

/** What the query screen shows for a case number; no applicant data leaves the platform here. */
export async function findCaseStatus(db: Queryable, caseNumber: string): Promise<CaseStatusReply | undefined> {
  const { rows } = await db.query<CaseRow>(
    `SELECT case_number AS "caseNumber", item_name AS "itemName",
            accepted_at AS "acceptedAt", received_at AS "receivedAt"
       FROM cases WHERE case_number = $1`,
    [caseNumber],
  );
  const row = rows[0];
  if (!row) return undefined;
  const acceptedAt = row.acceptedAt.toISOString();
  const receivedAt = row.receivedAt.toISOString();
  return {
    caseNumber: row.caseNumber,
    itemName: row.itemName,
    acceptedAt,
    receivedAt,
    status: 'received',
    timeline: [
      { at: acceptedAt, label: '终端受理' },
      { at: receivedAt, label: '平台已接收' },
    ],
  };
}
