import type { Database, Queryable } from '../db/database.js';
import { isUniqueViolation } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import type { CaseBatch, CaseBatchReply, CaseUpload } from '../protocol/index.js';
import { ownsCaseNumber, type Terminal } from '../terminals/lookup.js';
import { linkRemoteChecks } from './remote-identity.js';

interface HeldCase {
  id: string;
  caseNumber: string;
  terminalId: string;
}

/** Another terminal's prefix would squat its numbers. */
function checkNumbers(terminal: Terminal, cases: readonly CaseUpload[]): void {
  const foreign = cases.find((c) => !ownsCaseNumber(terminal, c.caseNumber));
  if (foreign) {
    throw new HttpError(
      400,
      'case_number_not_this_terminal',
      `办件编号与终端编码不符 / case number ${foreign.caseNumber} does not start with this terminal's code ${terminal.code}`,
    );
  }
}

async function heldCases(tx: Queryable, cases: readonly CaseUpload[]): Promise<HeldCase[]> {
  const { rows } = await tx.query<HeldCase>(
    `SELECT id, case_number AS "caseNumber", terminal_id AS "terminalId" FROM cases
      WHERE id = ANY($1::uuid[]) OR case_number = ANY($2::text[])`,
    [cases.map((c) => c.id), cases.map((c) => c.caseNumber)],
  );
  return rows;
}

const numberTaken = (caseNumber: string): HttpError =>
  new HttpError(409, 'case_number_taken', `办件编号重复 / case number ${caseNumber} is already held by another case id`);

/**
 * A case the platform holds is never overwritten: not by a different case under its number,
 * nor by another terminal reusing its id. Either refuses the whole batch.
 */
function refuseConflicts(terminal: Terminal, cases: readonly CaseUpload[], held: readonly HeldCase[]): void {
  for (const c of cases) {
    const byNumber = held.find((h) => h.caseNumber === c.caseNumber);
    if (byNumber && byNumber.id !== c.id) throw numberTaken(c.caseNumber);
    const byId = held.find((h) => h.id === c.id);
    if (byId && byId.terminalId !== terminal.id) {
      throw new HttpError(409, 'case_id_taken', `办件标识重复 / case id ${c.id} was sent by another terminal`);
    }
  }
}

function asRecord(terminal: Terminal, c: CaseUpload): Record<string, unknown> {
  return {
    id: c.id,
    case_number: c.caseNumber,
    terminal_id: terminal.id,
    item_code: c.itemCode,
    item_name: c.itemName,
    accepted_at: c.acceptedAt,
    applicant_name: c.applicant.name,
    applicant_id_number: c.applicant.idNumber,
    answers: c.answers,
    materials: c.materials ?? null,
    commitment: c.commitment ?? null,
    fees: c.fees ?? null,
    catalog_version: c.catalogVersion ?? null,
  };
}

/** One statement for the whole batch; an id already held is left as it is. */
async function insertCases(tx: Queryable, terminal: Terminal, cases: readonly CaseUpload[]): Promise<void> {
  await tx.query(
    `INSERT INTO cases (id, case_number, terminal_id, item_code, item_name, accepted_at,
                        applicant_name, applicant_id_number, answers, materials, commitment, fees, catalog_version)
     SELECT id, case_number, terminal_id, item_code, item_name, accepted_at,
            applicant_name, applicant_id_number, answers, materials, commitment, fees, catalog_version
       FROM jsonb_to_recordset($1::jsonb) AS r(
              id uuid, case_number text, terminal_id uuid, item_code text, item_name text,
              accepted_at timestamptz, applicant_name text, applicant_id_number text, answers jsonb,
              materials jsonb, commitment jsonb, fees jsonb, catalog_version integer)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(cases.map((c) => asRecord(terminal, c)))],
  );
}

async function idsHeldFor(tx: Queryable, terminal: Terminal, cases: readonly CaseUpload[]): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(
    'SELECT id FROM cases WHERE id = ANY($1::uuid[]) AND terminal_id = $2',
    [cases.map((c) => c.id), terminal.id],
  );
  const held = new Set(rows.map((r) => r.id));
  return [...new Set(cases.map((c) => c.id))].filter((id) => held.has(id));
}

/**
 * Stores a terminal's batch idempotently by case id and replies with every id of the batch the
 * platform now holds for this terminal, stored now or by an earlier upload of the same batch.
 */
export async function storeCaseBatch(db: Database, terminal: Terminal, batch: CaseBatch): Promise<CaseBatchReply> {
  checkNumbers(terminal, batch.cases);
  try {
    return await db.transaction(async (tx) => {
      refuseConflicts(terminal, batch.cases, await heldCases(tx, batch.cases));
      await insertCases(tx, terminal, batch.cases);
      await linkRemoteChecks(tx, terminal, batch.cases);
      return { stored: await idsHeldFor(tx, terminal, batch.cases) };
    });
  } catch (err) {
    // Two ids with one number in this batch, or another upload that won the race for it.
    if (isUniqueViolation(err, 'cases_case_number_key')) {
      throw new HttpError(409, 'case_number_taken', '办件编号重复 / a case number in this batch is already held by another case id');
    }
    throw err;
  }
}
