import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { caseFeeSchema, type CaseFee, type CaseUpload } from '../../../platform/protocol/cases.js';
import type { CaseStatus } from '../../api/values.js';
import { nextStepsSchema, type NextSteps } from '../../api/next-steps.js';
import type { Vault } from '../store/vault.js';
import { makeCaseNumber } from '../../../standards/case-number.js';

export interface NewCase {
  itemCode: string;
  itemName: string;
  applicant: { name: string; idNumber: string };
  answers: Record<string, string>;
  /** The fees above zero the item charges, as its catalog said when accepted. */
  fees?: readonly CaseFee[];
  /** The 远程帮办 call on which a clerk checked the applicant's identity (see Session). */
  remoteCallId?: string;
  /** The version of that catalog: the platform checks the fees against it when they are paid. */
  catalogVersion?: number;
}

export interface AcceptedCase {
  id: string;
  caseNumber: string;
  acceptedAt: string;
}

/** The cases of one submission, as first committed; `again` when they were committed before this call. */
export interface SubmittedCases {
  accepted: readonly AcceptedCase[];
  again: boolean;
}

export interface CaseRecord extends AcceptedCase {
  itemCode: string;
  itemName: string;
  status: CaseStatus;
  receivedAt: string | null;
  fees: CaseFee[];
}

interface CaseRow {
  id: string;
  case_number: string;
  item_code: string;
  item_name: string;
  accepted_at: string;
  status: CaseStatus;
  received_at: string | null;
  applicant_name: Buffer;
  applicant_id_number: Buffer;
  answers: Buffer;
  fees: string | null;
  remote_call_id: string | null;
  catalog_version: number | null;
}

/** The day a case belongs to is the lobby's day, whatever the machine's time zone. */
const lobbyDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

export function lobbyDay(at: Date): string {
  return lobbyDate.format(at).replaceAll('-', '');
}

const sealContext = (column: string, id: string) => `cases.${column}:${id}`;

/**
 * Cases on the terminal. A case, its number and its outbox row commit in one transaction: when
 * the citizen is told "accepted", the case is on disk and bound to reach the platform.
 */
export class CaseStore {
  private readonly insertCase;
  private readonly insertOutbox;
  private readonly bumpSequence;

  constructor(
    private readonly db: Database,
    private readonly vault: Vault,
  ) {
    // Prepared once: a lobby commits cases all day, and a commit should cost little more than its fsync.
    this.insertCase = db.prepare(
      `INSERT INTO cases (id, case_number, item_code, item_name, accepted_at, applicant_name, applicant_id_number, answers, status, submission_id, fees, remote_call_id, catalog_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'accepted_on_terminal', ?, ?, ?, ?)`,
    );
    this.insertOutbox = db.prepare('INSERT INTO outbox (id, case_id, created_at, next_attempt_at) VALUES (?, ?, ?, ?)');
    this.bumpSequence = db.prepare<[string], { last: number }>(
      `INSERT INTO case_sequence (day, last) VALUES (?, 1)
       ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last`,
    );
  }

  accept(input: NewCase, terminalCode: string, now: Date = new Date()): AcceptedCase {
    const [accepted] = this.acceptAll([input], terminalCode, now);
    if (!accepted) throw new Error('a case was accepted but not returned');
    return accepted;
  }

  /**
   * The cases of one 一件事 submission: all of them, with their numbers and outbox rows, or none.
   * A citizen told "accepted" for a bundle must never find half of it missing. `alongside` runs
   * inside the same transaction with the accepted cases.
   */
  acceptAll(inputs: readonly NewCase[], terminalCode: string, now: Date = new Date(), alongside?: (accepted: AcceptedCase[]) => void): AcceptedCase[] {
    return this.db.transaction(() => this.insertAll(inputs, terminalCode, now, null, alongside))();
  }

  /**
   * acceptAll, once per submission id: the same id asked again, even after a restart, answers with
   * the cases it committed the first time, and commits nothing. The look-up and the insert share a
   * transaction, so two tries of one submission racing in cannot both commit.
   */
  acceptOnce(
    submissionId: string,
    inputs: readonly NewCase[],
    terminalCode: string,
    now: Date = new Date(),
    alongside?: (accepted: AcceptedCase[]) => void,
  ): SubmittedCases {
    return this.db.transaction(() => {
      const before = this.submitted(submissionId);
      if (before) return { accepted: before, again: true };
      this.db.prepare('INSERT INTO submissions (id, accepted_at) VALUES (?, ?)').run(submissionId, now.toISOString());
      return { accepted: this.insertAll(inputs, terminalCode, now, submissionId, alongside), again: false };
    })();
  }

  /** What the submission's reply said comes next; written inside acceptOnce's transaction (`alongside`). */
  keepNextSteps(submissionId: string, next: NextSteps): void {
    this.db.prepare('UPDATE submissions SET next = ? WHERE id = ?').run(JSON.stringify(next), submissionId);
  }

  /** What comes next as first told, validated as read back; undefined for a submission older than the column. */
  nextStepsOf(submissionId: string): NextSteps | undefined {
    const row = this.db.prepare<[string], { next: string | null }>('SELECT next FROM submissions WHERE id = ?').get(submissionId);
    return row?.next ? nextStepsSchema.parse(JSON.parse(row.next)) : undefined;
  }

  /** What a submission committed, in the order it was committed; undefined when it committed nothing. */
  submitted(submissionId: string): CaseRecord[] | undefined {
    const rows = this.db
      .prepare<[string], CaseRow>('SELECT * FROM cases WHERE submission_id = ? ORDER BY case_number')
      .all(submissionId);
    return rows.length === 0 ? undefined : rows.map(recordOf);
  }

  private insertAll(
    inputs: readonly NewCase[],
    terminalCode: string,
    now: Date,
    submissionId: string | null,
    alongside?: (accepted: AcceptedCase[]) => void,
  ): AcceptedCase[] {
    const accepted = inputs.map((input) => this.insertOne(input, terminalCode, now, submissionId));
    // What belongs to the cases (their materials, a signed commitment) commits with them or not at all.
    alongside?.(accepted);
    return accepted;
  }

  private insertOne(input: NewCase, terminalCode: string, now: Date, submissionId: string | null): AcceptedCase {
    const id = uuidv7();
    const acceptedAt = now.toISOString();
    const caseNumber = this.nextCaseNumber(terminalCode, lobbyDay(now));
    this.insertCase.run(
      id,
      caseNumber,
      input.itemCode,
      input.itemName,
      acceptedAt,
      this.vault.seal(input.applicant.name, sealContext('applicant_name', id)),
      this.vault.seal(input.applicant.idNumber, sealContext('applicant_id_number', id)),
      this.vault.seal(JSON.stringify(input.answers), sealContext('answers', id)),
      submissionId,
      input.fees && input.fees.length > 0 ? JSON.stringify(input.fees) : null,
      input.remoteCallId ?? null,
      input.catalogVersion ?? null,
    );
    this.insertOutbox.run(uuidv7(), id, acceptedAt, acceptedAt);
    return { id, caseNumber, acceptedAt };
  }

  private nextCaseNumber(terminalCode: string, day: string): string {
    for (;;) {
      const made = makeCaseNumber(terminalCode, day, this.nextSequence(day));
      if (made) return made;
    }
  }

  private nextSequence(day: string): number {
    return this.bumpSequence.get(day)?.last ?? 1;
  }

  findByNumber(caseNumber: string): CaseRecord | undefined {
    const row = this.db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE case_number = ?').get(caseNumber);
    return row && recordOf(row);
  }

  /**
   * The cases of one applicant whose personal data is still held here, newest first. The ID
   * number is sealed per row, so each is opened and compared: a scan, bounded by retention, which
   * empties purged rows (skipped here) within days of the platform's acknowledgement. It walks the
   * cases_held_newest index, so it stops at the last case shown instead of sorting every held case.
   */
  findByApplicant(idNumber: string, limit: number): CaseRecord[] {
    const rows = this.db
      .prepare<[], CaseRow>('SELECT * FROM cases WHERE purged_at IS NULL ORDER BY accepted_at DESC, case_number DESC')
      .iterate();
    const found: CaseRecord[] = [];
    for (const row of rows) {
      if (this.vault.open(row.applicant_id_number, sealContext('applicant_id_number', row.id)) !== idNumber) continue;
      found.push(recordOf(row));
      if (found.length === limit) break;
    }
    return found;
  }

  /** The case as the platform receives it, personal data opened for the upload only. */
  upload(id: string): CaseUpload {
    const row = this.db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE id = ?').get(id);
    if (!row) throw new Error(`outbox points at case ${id}, which is not in the store`);
    return {
      id: row.id,
      caseNumber: row.case_number,
      itemCode: row.item_code,
      itemName: row.item_name,
      acceptedAt: row.accepted_at,
      applicant: {
        name: this.vault.open(row.applicant_name, sealContext('applicant_name', id)),
        idNumber: this.vault.open(row.applicant_id_number, sealContext('applicant_id_number', id)),
      },
      answers: JSON.parse(this.vault.open(row.answers, sealContext('answers', id))) as Record<string, string>,
      ...(row.fees ? { fees: feesOf(row) } : {}),
      ...(row.remote_call_id ? { remoteCallId: row.remote_call_id } : {}),
      // A case queued before the column goes up without it, and is checked as it was then.
      ...(row.catalog_version !== null ? { catalogVersion: row.catalog_version } : {}),
    };
  }
}

function recordOf(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    caseNumber: row.case_number,
    acceptedAt: row.accepted_at,
    itemCode: row.item_code,
    itemName: row.item_name,
    status: row.status,
    receivedAt: row.received_at,
    fees: feesOf(row),
  };
}

/** Written by this store from a signed catalog, and checked again as read back. */
function feesOf(row: CaseRow): CaseFee[] {
  return row.fees ? z.array(caseFeeSchema).parse(JSON.parse(row.fees)) : [];
}
