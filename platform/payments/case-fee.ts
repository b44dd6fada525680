import type { Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import { publishedFees } from '../catalog/published-fee.js';
import type { CaseFeeDue } from '../protocol/payments.js';

/** A fee of a case, as the terminal uploaded it with the case (from its signed catalog). */
export interface HeldCaseFee {
  itemCode: string;
  itemName: string;
  /** The terminal that took the case: its catalog is the one the fee came from. */
  terminalId: string;
  /** The catalog version the case was accepted under; null from terminals of before the field. */
  catalogVersion: number | null;
  name: string;
  amountFen: number;
}

/**
 * A terminal on a catalog the platform never published (the demo kiosk's built-in one) leaves the
 * platform nothing to check a fee against: 'refuse' it (a platform in service), or take the case's
 * word (the demo, whose platform holds no bundle for its kiosk).
 */
export type UnpublishedCatalogFees = 'refuse' | 'trust-case';

const feeNotFound = () =>
  new HttpError(404, 'case_fee_not_found', '平台未查到该办件的这项收费：办件可能尚未上传，请稍后再试 / the platform holds no such fee of this case; the case may not have reached it yet');
const feeMismatch = () =>
  new HttpError(422, 'case_fee_mismatch', '该办件的收费与平台为该终端发布的事项清单不符，未生成订单；请到服务窗口缴费 / the case\'s fee does not match the catalog the platform published for its terminal; no order was made; pay at a service window');
const feeUnverifiable = () =>
  new HttpError(422, 'case_fee_unverifiable', '平台未持有该终端运行的事项清单，无法核对收费金额，未生成订单；请到服务窗口缴费 / the platform holds no catalog its terminal runs, so it cannot check the fee; no order was made; pay at a service window');

/** The fee at its place in the case's list, or undefined while the case (or the fee) is not held here. */
async function heldCaseFee(db: Queryable, { caseNumber, fee }: CaseFeeDue): Promise<HeldCaseFee | undefined> {
  const { rows } = await db.query<HeldCaseFee>(
    `SELECT item_code AS "itemCode", item_name AS "itemName", terminal_id AS "terminalId", catalog_version AS "catalogVersion",
            fees -> $2::int ->> 'name' AS name, (fees -> $2::int ->> 'amountFen')::int AS "amountFen"
       FROM cases WHERE case_number = $1 AND fees -> $2::int IS NOT NULL`,
    [caseNumber, fee],
  );
  return rows[0];
}

/**
 * What a case's fee costs, as the platform knows it: the fee the case came up with must be, name and
 * amount, the fee at the same place of the item in the bundle the platform published at the version
 * the case was accepted under (a citizen paying days later pays what they were told, whatever
 * catalog came since), or, for a case that names none, the bundle its terminal runs. A tampered or
 * buggy kiosk asking ¥0.01 for a ¥20 fee, or naming a version never published for it, is refused
 * before any order is made.
 */
export async function caseFeeOf(db: Queryable, due: CaseFeeDue, unpublished: UnpublishedCatalogFees): Promise<HeldCaseFee> {
  const held = await heldCaseFee(db, due);
  if (!held) throw feeNotFound();
  const published = await publishedFees(db, held);
  if (!published) {
    if (unpublished === 'trust-case') return held;
    throw feeUnverifiable();
  }
  const fee = published[due.fee];
  if (!fee || fee.name !== held.name || fee.amountFen !== held.amountFen) throw feeMismatch();
  return { ...held, amountFen: fee.amountFen };
}
