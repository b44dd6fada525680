import type { Queryable } from '../db/database.js';
import type { CaseFeeDue } from '../protocol/payments.js';

/** A fee of a case, as the terminal uploaded it with the case (from its signed catalog). */
export interface HeldCaseFee {
  itemName: string;
  name: string;
  amountFen: number;
}

/** The fee at its place in the case's list, or undefined while the case (or the fee) is not held here. */
export async function caseFeeOf(db: Queryable, { caseNumber, fee }: CaseFeeDue): Promise<HeldCaseFee | undefined> {
  const { rows } = await db.query<HeldCaseFee>(
    `SELECT item_name AS "itemName", fees -> $2::int ->> 'name' AS name, (fees -> $2::int ->> 'amountFen')::int AS "amountFen"
       FROM cases WHERE case_number = $1 AND fees -> $2::int IS NOT NULL`,
    [caseNumber, fee],
  );
  return rows[0];
}
