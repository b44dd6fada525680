/**
 * One A4 document to paper over IPP, followed to its end: the printer is asked first (a printer
 * out of paper gets no job), the job is sent, then its state and the printer's are asked in turn
 * until the job completes or the printer stops on something a person must fix.
 */
import { a4ProblemWords, blockingProblems, jobEnded, jobStatusOf, printerStateAttributes, printerStatusOf, type A4JobStatus, type A4Problem, type A4PrinterStatus } from './a4-status.js';
import { IppClient, IppUnreachableError, type PrintJobOptions } from './ipp-client.js';

export type A4Failure = A4Problem | 'unreachable' | 'refused' | 'aborted';

export type A4Outcome =
  | { printed: true; jobId: number; pagesDone: number }
  | { printed: false; problem: A4Failure; detail: string; jobId?: number };

export interface FollowOptions {
  /** How often the job and printer are asked while the job runs. Default 1 s. */
  pollMs?: number;
  /** Called at every poll, for the screen's progress and the heartbeat's state. */
  onProgress?: (job: A4JobStatus, printer: A4PrinterStatus) => void;
  /** Called with the printer's state each time it is asked. */
  onPrinterStatus?: (printer: A4PrinterStatus) => void;
  wait?: (ms: number) => Promise<void>;
}

const failureWords: Record<A4Failure, { zh: string; en: string }> = {
  ...a4ProblemWords,
  unreachable: { zh: 'A4 打印机无法连接', en: 'the A4 printer cannot be reached' },
  refused: { zh: 'A4 打印机拒绝了文件', en: 'the A4 printer refused the document' },
  aborted: { zh: 'A4 打印机中止了打印', en: 'the A4 printer aborted the job' },
};

/** Why no paper came out, for a technician: "缺纸 / out of paper: no job was sent". */
export function failureText(outcome: Extract<A4Outcome, { printed: false }>): string {
  const words = failureWords[outcome.problem];
  return `${words.zh} / ${words.en}: ${outcome.detail}`;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class A4Printer {
  constructor(readonly client: IppClient) {}

  async status(): Promise<A4PrinterStatus> {
    return printerStatusOf(await this.client.printerAttributes(printerStateAttributes));
  }

  async print(pdf: Uint8Array, job: PrintJobOptions, options: FollowOptions = {}): Promise<A4Outcome> {
    try {
      const before = await this.status();
      options.onPrinterStatus?.(before);
      const blocked = blockingProblems(before);
      if (blocked[0] !== undefined) return { printed: false, problem: blocked[0], detail: 'the printer was not ready; no job was sent' };
      const taken = jobStatusOf(await this.client.printJob(pdf, job));
      return await this.follow(taken, options);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { printed: false, problem: error instanceof IppUnreachableError ? 'unreachable' : 'refused', detail };
    }
  }

  /**
   * A job the printer holds while it waits for paper or a closed door is cancelled: the citizen
   * may have gone by the time someone fixes it, and a filled form must not come out for nobody.
   * The document stays in the terminal's queue to be printed again on request.
   */
  private async follow(taken: A4JobStatus, options: FollowOptions): Promise<A4Outcome> {
    const wait = options.wait ?? sleep;
    let job = taken;
    for (;;) {
      if (jobEnded(job.state)) {
        if (job.state === 'completed') return { printed: true, jobId: job.jobId, pagesDone: job.pagesDone };
        return { printed: false, problem: 'aborted', detail: `the printer ${job.state} the job (${job.reasons.join(', ') || 'no reason given'})`, jobId: job.jobId };
      }
      const printer = await this.status();
      options.onPrinterStatus?.(printer);
      options.onProgress?.(job, printer);
      const blocked = blockingProblems(printer);
      if (blocked[0] !== undefined) {
        await this.client.cancelJob(job.jobId).catch(() => undefined);
        return { printed: false, problem: blocked[0], detail: `job ${job.jobId} cancelled while the printer waited`, jobId: job.jobId };
      }
      await wait(options.pollMs ?? 1000);
      job = jobStatusOf(await this.client.jobAttributes(job.jobId));
    }
  }
}
