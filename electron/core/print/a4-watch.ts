import { A4Printer, type A4Outcome, type FollowOptions } from '../../../drivers/ipp/a4-printer.js';
import { healthOf, type A4PrinterStatus } from '../../../drivers/ipp/a4-status.js';
import type { PrintJobOptions } from '../../../drivers/ipp/ipp-client.js';
import type { DeviceHealth } from '../devices/device-watch.js';
import type { A4JobPrinter } from './a4-queue.js';
import { everyInterval, type Every } from './printer-watch.js';

/**
 * The A4 printer's state as the printer itself says it over IPP, asked on an interval and at
 * every poll of a job, so paper out or a door open reaches the heartbeat (and, as a change, a
 * device event) whether or not a citizen is printing.
 */
export class A4Watch implements A4JobPrinter {
  private latest: A4PrinterStatus | undefined;
  private unreachable: string | undefined;

  constructor(
    private readonly printer: A4Printer,
    /** Called after each state learned: the caller turns changes into device events. */
    private readonly onStatus: () => void = () => undefined,
  ) {}

  async print(pdf: Uint8Array, job: PrintJobOptions, follow: FollowOptions): Promise<A4Outcome> {
    const outcome = await this.printer.print(pdf, job, { ...follow, onPrinterStatus: (status) => this.learned(status) });
    if (!outcome.printed && outcome.problem === 'unreachable') this.lost(outcome.detail);
    return outcome;
  }

  async poll(): Promise<void> {
    try {
      this.learned(await this.printer.status());
    } catch (error) {
      this.lost(error instanceof Error ? error.message : String(error));
    }
  }

  start(everyMs: number, every: Every = everyInterval): () => void {
    void this.poll();
    return every(everyMs, () => void this.poll());
  }

  /** What the printer last said; undefined until it answered once. */
  status(): A4PrinterStatus | undefined {
    return this.unreachable === undefined ? this.latest : undefined;
  }

  /** For the heartbeat; undefined until the printer has been asked once. */
  health(): DeviceHealth | undefined {
    if (this.unreachable !== undefined) return { ok: false, detail: `打印机离线 / printer offline: ${this.unreachable}` };
    return this.latest && healthOf(this.latest);
  }

  private learned(status: A4PrinterStatus): void {
    this.latest = status;
    this.unreachable = undefined;
    this.onStatus();
  }

  private lost(reason: string): void {
    this.unreachable = reason;
    this.onStatus();
  }
}
