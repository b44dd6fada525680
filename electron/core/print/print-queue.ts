import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { PrinterError } from '../../../drivers/printer/printer.js';
import { encodeReceipt, parseReceipt, type PrinterProfile, type Receipt, type ReceiptInput } from '../../../drivers/printer/receipt.js';
import type { PrintProblem, PrintResult } from '../../api/values.js';
import type { JobPrinter } from './printer-watch.js';
import { markReprint } from './reprint.js';

export type { PrintResult };

export type PrintJobState = 'queued' | 'printing' | 'done' | 'failed';

export interface PrintJob {
  id: string;
  caseId: string | null;
  state: PrintJobState;
  /** Why it failed, for technicians (both languages); the platform hears of it with the heartbeat. */
  reason: string | null;
  reprintOf: string | null;
  createdAt: string;
}

const problemOf: Record<PrinterError['code'], PrintProblem> = {
  PAPER_OUT: 'paperOut',
  COVER_OPEN: 'coverOpen',
  OFFLINE: 'unavailable',
  NO_ANSWER: 'unavailable',
  ERROR: 'fault',
};

/** The printer stopped being ready while printing: the paper may hold half a receipt. */
const INCOMPLETE = '打印中断，回执可能不完整 / the printer stopped during the job, the receipt may be incomplete';

export class NothingToReprintError extends Error {
  constructor(caseId: string) {
    super(`本终端没有该办件的回执 / no receipt of case ${caseId} was printed on this terminal`);
    this.name = 'NothingToReprintError';
  }
}

/**
 * Receipts go through the store: a job is written before a byte is sent and its end recorded, so
 * a crash mid-job is seen as "interrupted" at the next start and never printed again by itself.
 * A job runs once; paper again comes only from reprint(), which prints 补打 and is its own job.
 */
export class PrintQueue {
  constructor(
    private readonly db: Database,
    private readonly printer: JobPrinter,
    private readonly profile: PrinterProfile,
    private readonly log: (line: string) => void,
  ) {
    this.db
      .prepare("UPDATE print_jobs SET state = 'failed', reason = 'interrupted by a restart', updated_at = ? WHERE state IN ('queued', 'printing')")
      .run(new Date().toISOString());
  }

  print(caseId: string | null, input: ReceiptInput): Promise<PrintResult> {
    return this.run(caseId, parseReceipt(input), null);
  }

  /**
   * The case's original receipt again, marked 补打; throws NothingToReprintError if there is none.
   * A 一件事's cases share one receipt, kept under the first: any of them finds it.
   */
  reprint(caseId: string, currentState?: string, now = new Date()): Promise<PrintResult> {
    const original = this.db
      .prepare<[string, string], { id: string; receipt: string }>(
        `SELECT id, receipt FROM print_jobs
         WHERE reprint_of IS NULL
           AND (case_id = ? OR case_id IN (SELECT b.id FROM cases a JOIN cases b ON b.submission_id = a.submission_id WHERE a.id = ?))
         ORDER BY created_at, id LIMIT 1`,
      )
      .get(caseId, caseId);
    if (!original) return Promise.reject(new NothingToReprintError(caseId));
    const receipt = markReprint(parseReceipt(JSON.parse(original.receipt)), now, currentState);
    return this.run(caseId, receipt, original.id);
  }

  jobs(caseId?: string): PrintJob[] {
    const sql = 'SELECT id, case_id AS caseId, state, reason, reprint_of AS reprintOf, created_at AS createdAt FROM print_jobs';
    const order = ' ORDER BY created_at, id';
    if (caseId === undefined) return this.db.prepare<[], PrintJob>(sql + order).all();
    return this.db.prepare<[string], PrintJob>(`${sql} WHERE case_id = ?${order}`).all(caseId);
  }

  private async run(caseId: string | null, receipt: Receipt, reprintOf: string | null): Promise<PrintResult> {
    const id = uuidv7();
    this.record(id, caseId, JSON.stringify(receipt), reprintOf);
    this.setState(id, 'printing');
    try {
      const { bytes, replaced } = encodeReceipt(receipt, this.profile);
      if (replaced.length > 0) this.log(`print job ${id}: ${replaced.length} character(s) the printer font lacks were replaced`);
      const outcome = await this.printer.print(bytes);
      if (!outcome.complete) return this.fail(id, `${INCOMPLETE} (${outcome.after.detail})`, 'interrupted');
      this.setState(id, 'done');
      return { printed: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return this.fail(id, reason, error instanceof PrinterError ? problemOf[error.code] : 'fault');
    }
  }

  private fail(id: string, reason: string, problem: PrintProblem): PrintResult {
    this.setState(id, 'failed', reason);
    this.log(`print job ${id} failed: ${reason}`);
    return { printed: false, problem };
  }

  private record(id: string, caseId: string | null, receipt: string, reprintOf: string | null): void {
    const now = new Date().toISOString();
    this.db
      .prepare("INSERT INTO print_jobs (id, case_id, receipt, state, reprint_of, created_at, updated_at) VALUES (?, ?, ?, 'queued', ?, ?, ?)")
      .run(id, caseId, receipt, reprintOf, now, now);
  }

  private setState(id: string, state: Exclude<PrintJobState, 'queued'>, reason?: string): void {
    this.db
      .prepare('UPDATE print_jobs SET state = ?, reason = ?, updated_at = ? WHERE id = ?')
      .run(state, reason ?? null, new Date().toISOString(), id);
  }
}
