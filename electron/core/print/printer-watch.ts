import { PrinterError, type PrintOutcome, type ReceiptPrinter } from '../../../drivers/printer/printer.js';
import type { PrinterStatus } from '../../../drivers/printer/status.js';

/** What prints a job: the watch, or in tests the bare printer. */
export interface JobPrinter {
  print(bytes: Uint8Array): Promise<PrintOutcome>;
}

/** Runs `poll` every `everyMs`; returns how to stop. Injected so tests drive the polls themselves. */
export type Every = (everyMs: number, poll: () => void) => () => void;

export const everyInterval: Every = (everyMs, poll) => {
  const timer = setInterval(poll, everyMs);
  timer.unref();
  return () => clearInterval(timer);
};

const NEAR_END = '纸将尽，请准备更换纸卷 / paper near end: have a new roll ready';

/**
 * The receipt printer's health as the device says it now, not as the last job left it: asked on
 * an interval while idle, so "paper near end" reaches the platform and a dead printer is known
 * before a citizen's receipt fails. Jobs go through here so no poll is sent during one; a poll
 * already on the wire finishes first, since the printer runs one exchange at a time.
 */
export class PrinterWatch implements JobPrinter {
  private latest: PrinterStatus | undefined;
  private printing = 0;
  private polling: Promise<void> | undefined;

  constructor(
    private readonly printer: ReceiptPrinter,
    /** Called after each status learned (poll or job): the caller turns changes into device events. */
    private readonly onStatus: () => void = () => undefined,
  ) {}

  async print(bytes: Uint8Array): Promise<PrintOutcome> {
    this.printing++;
    try {
      const outcome = await this.printer.print(bytes);
      this.learned(outcome.after);
      return outcome;
    } catch (error) {
      if (error instanceof PrinterError) this.learned(error.status);
      throw error;
    } finally {
      this.printing--;
    }
  }

  /** Asks the printer now, unless a job is printing (it asks for itself) or the last poll is still out. */
  poll(): Promise<void> {
    if (this.printing > 0) return Promise.resolve();
    this.polling ??= this.printer
      .status()
      .then((status) => this.learned(status))
      .finally(() => (this.polling = undefined));
    return this.polling;
  }

  /** Polls now and every `everyMs` until the returned function is called. */
  start(everyMs: number, every: Every = everyInterval): () => void {
    void this.poll();
    return every(everyMs, () => void this.poll());
  }

  /** For the heartbeat; undefined until the printer has been asked once. */
  health(): { ok: boolean; detail?: string } | undefined {
    const status = this.latest;
    if (!status) return undefined;
    if (status.state !== 'ready') return { ok: false, detail: status.detail };
    return status.paperNearEnd ? { ok: true, detail: NEAR_END } : { ok: true };
  }

  private learned(status: PrinterStatus): void {
    this.latest = status;
    this.onStatus();
  }
}
