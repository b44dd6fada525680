import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { failureText, type A4Failure, type A4Outcome, type FollowOptions } from '../../../drivers/ipp/a4-printer.js';
import type { A4JobStatus } from '../../../drivers/ipp/a4-status.js';
import type { PrintJobOptions, Sides } from '../../../drivers/ipp/ipp-client.js';
import type { A4JobView, PrintProblem } from '../../api/values.js';
import type { Vault } from '../store/vault.js';
import type { RenderedPdf } from './a4-pdf.js';

export type A4Kind = 'guide' | 'form' | 'test' | 'result';

/** What sends one PDF to paper: the IPP printer, followed to the job's end. */
export interface A4JobPrinter {
  print(pdf: Uint8Array, job: PrintJobOptions, follow: FollowOptions): Promise<A4Outcome>;
}

export interface A4Submission {
  kind: A4Kind;
  caseId: string | null;
  /** The job's name at the printer: an item's name, never personal data. */
  title: string;
  pdf: RenderedPdf;
  sides: Sides;
  /** The ID number of the person a result was printed for: theirs alone to print again. */
  holder?: string;
}

/** Whose a job's document is: a case's applicant's, a result's holder's, or nobody's (a guide). */
export interface A4Owner {
  caseId: string | null;
  holder: string | null;
}

export class A4JobNotFoundError extends Error {
  constructor(id: string) {
    super(`本终端没有这份 A4 文件，或已按规定清除 / no such A4 document is kept on this terminal (${id}), or it was purged`);
    this.name = 'A4JobNotFoundError';
  }
}

const problemOf: Record<A4Failure, PrintProblem> = {
  paperOut: 'paperOut',
  paperJam: 'paperJam',
  coverOpen: 'coverOpen',
  tonerLow: 'tonerLow',
  paperLow: 'fault',
  offline: 'unavailable',
  unreachable: 'unavailable',
  refused: 'fault',
  aborted: 'fault',
};

interface Row {
  id: string;
  kind: A4Kind;
  state: A4JobView['state'];
  pages: number;
  sides: Sides;
  pagesDone: number;
  problem: PrintProblem | null;
  reason: string | null;
}

/**
 * A4 documents go through the store as receipts do: a job is written before the printer hears of
 * it and its end recorded, so a restart finds an unfinished job "interrupted" and never prints it
 * again by itself. Jobs go to the printer one at a time; paper again comes only from reprint().
 */
export class A4Queue {
  private line: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly vault: Vault,
    private readonly printer: A4JobPrinter,
    private readonly log: (line: string) => void,
    private readonly pollMs = 1000,
  ) {
    this.db
      .prepare("UPDATE a4_jobs SET state = 'failed', problem = 'interrupted', reason = 'interrupted by a restart', updated_at = ? WHERE state IN ('queued', 'printing')")
      .run(new Date().toISOString());
  }

  /** Records the job and starts it behind any other; the screen follows it with job(). */
  submit(submission: A4Submission, reprintOf: string | null = null): A4JobView {
    const id = uuidv7();
    const now = new Date().toISOString();
    this.db
      .prepare(
        "INSERT INTO a4_jobs (id, case_id, kind, title, pdf, pages, sides, state, reprint_of, holder, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)",
      )
      .run(
        id,
        submission.caseId,
        submission.kind,
        submission.title,
        this.vault.sealBytes(submission.pdf.bytes, `a4:${id}`),
        submission.pdf.pages,
        submission.sides,
        reprintOf,
        submission.holder === undefined ? null : this.vault.seal(submission.holder, `a4-holder:${id}`),
        now,
        now,
      );
    this.line = this.line.then(() => this.run(id, submission));
    return this.view(id);
  }

  /** The job as the screen shows it; throws A4JobNotFoundError for an id this terminal never had. */
  job(id: string): A4JobView {
    return this.view(id);
  }

  /** Resolves once every job submitted so far has ended. */
  idle(): Promise<void> {
    return this.line;
  }

  /** Whose a job's document is: a filled form's case, a result's holder, or nobody's. */
  ownerOf(id: string): A4Owner {
    const row = this.db.prepare<[string], { caseId: string | null; holder: Buffer | null }>('SELECT case_id AS caseId, holder FROM a4_jobs WHERE id = ?').get(id);
    if (!row) throw new A4JobNotFoundError(id);
    return { caseId: row.caseId, holder: row.holder === null ? null : this.vault.open(row.holder, `a4-holder:${id}`) };
  }

  /** The same document again, as a new job: after paper was loaded or the door closed. */
  reprint(id: string): A4JobView {
    const original = this.db
      .prepare<[string], { kind: A4Kind; caseId: string | null; title: string; pdf: Buffer; pages: number; sides: Sides }>(
        'SELECT kind, case_id AS caseId, title, pdf, pages, sides FROM a4_jobs WHERE id = ?',
      )
      .get(id);
    if (!original || original.pdf.length === 0) throw new A4JobNotFoundError(id);
    const bytes = Buffer.from(this.vault.openBytes(original.pdf, `a4:${id}`));
    const { holder } = this.ownerOf(id);
    return this.submit({ ...original, pdf: { bytes, pages: original.pages }, ...(holder !== null && { holder }) }, id);
  }

  private async run(id: string, submission: A4Submission): Promise<void> {
    this.update(id, { state: 'printing' });
    const progress = (job: A4JobStatus) => this.update(id, { state: 'printing', pagesDone: Math.min(job.pagesDone, submission.pdf.pages) });
    try {
      const outcome = await this.printer.print(submission.pdf.bytes, { jobName: submission.title, sides: submission.sides }, { pollMs: this.pollMs, onProgress: progress });
      if (outcome.printed) this.update(id, { state: 'done', pagesDone: submission.pdf.pages });
      else this.fail(id, problemOf[outcome.problem], failureText(outcome));
    } catch (error) {
      this.fail(id, 'fault', error instanceof Error ? error.message : String(error));
    }
  }

  private fail(id: string, problem: PrintProblem, reason: string): void {
    this.update(id, { state: 'failed', problem, reason });
    this.log(`A4 job ${id} failed: ${reason}`);
  }

  private update(id: string, change: { state: A4JobView['state']; pagesDone?: number; problem?: PrintProblem; reason?: string }): void {
    this.db
      .prepare('UPDATE a4_jobs SET state = ?, pages_done = coalesce(?, pages_done), problem = ?, reason = ?, updated_at = ? WHERE id = ?')
      .run(change.state, change.pagesDone ?? null, change.problem ?? null, change.reason ?? null, new Date().toISOString(), id);
  }

  private view(id: string): A4JobView {
    const row = this.db
      .prepare<[string], Row>('SELECT id, kind, state, pages, sides, pages_done AS pagesDone, problem, reason FROM a4_jobs WHERE id = ?')
      .get(id);
    if (!row) throw new A4JobNotFoundError(id);
    return {
      id: row.id,
      kind: row.kind,
      state: row.state,
      pages: row.pages,
      sheets: row.sides === 'one-sided' ? row.pages : Math.ceil(row.pages / 2),
      pagesDone: row.pagesDone,
      ...(row.problem !== null && { problem: row.problem }),
      ...(row.reason !== null && { reason: row.reason }),
    };
  }
}
