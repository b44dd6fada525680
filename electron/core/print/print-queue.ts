import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { PrinterError, type ReceiptPrinter } from '../../../drivers/printer/printer.js';
import { encodeReceipt, parseReceipt, type PrinterProfile, type ReceiptInput } from '../../../drivers/printer/receipt.js';

export interface PrintResult {
  printed: boolean;
  /** For the citizen, in Chinese: why there is no paper. */
  problem?: string;
}

const citizenWords: Record<PrinterError['code'], string> = {
  PAPER_OUT: '打印机缺纸',
  COVER_OPEN: '打印机纸仓未关好',
  OFFLINE: '打印机暂时无法使用',
  NO_ANSWER: '打印机暂时无法使用',
  ERROR: '打印机故障',
};

/**
 * Receipts go through the store: a job is written before a byte is sent and its end recorded, so
 * a crash mid-job is seen as "interrupted" at the next start and never printed twice by itself.
 */
export class PrintQueue {
  constructor(
    private readonly db: Database,
    private readonly printer: ReceiptPrinter,
    private readonly profile: PrinterProfile,
    private readonly log: (line: string) => void,
  ) {
    this.db
      .prepare("UPDATE print_jobs SET state = 'failed', reason = 'interrupted by a restart', updated_at = ? WHERE state IN ('queued', 'printing')")
      .run(new Date().toISOString());
  }

  async print(caseId: string | null, input: ReceiptInput): Promise<PrintResult> {
    const receipt = parseReceipt(input);
    const id = uuidv7();
    this.record(id, caseId, JSON.stringify(receipt));
    this.setState(id, 'printing');
    try {
      const { bytes, replaced } = encodeReceipt(receipt, this.profile);
      if (replaced.length > 0) this.log(`print job ${id}: ${replaced.length} character(s) the printer font lacks were replaced`);
      await this.printer.print(bytes);
      this.setState(id, 'done');
      return { printed: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.setState(id, 'failed', reason);
      this.log(`print job ${id} failed: ${reason}`);
      return { printed: false, problem: error instanceof PrinterError ? citizenWords[error.code] : '打印机故障' };
    }
  }

  private record(id: string, caseId: string | null, receipt: string): void {
    const now = new Date().toISOString();
    this.db
      .prepare("INSERT INTO print_jobs (id, case_id, receipt, state, created_at, updated_at) VALUES (?, ?, ?, 'queued', ?, ?)")
      .run(id, caseId, receipt, now, now);
  }

  private setState(id: string, state: 'printing' | 'done' | 'failed', reason?: string): void {
    this.db
      .prepare('UPDATE print_jobs SET state = ?, reason = ?, updated_at = ? WHERE id = ?')
      .run(state, reason ?? null, new Date().toISOString(), id);
  }
}
