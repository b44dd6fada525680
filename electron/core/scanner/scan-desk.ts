/**
 * Where every scanned code arrives, from the serial or HID POS scanner the core opens and from the
 * keyboard wedge the screen hears: a repeat within the window counts once, and what the code
 * means is decided once (electron/api/scan-meaning.ts). Nothing scanned is logged: a 鄂汇办 code
 * carries a person's identity.
 */
import { RepeatFilter } from '../../../drivers/scanner/repeat-filter.js';
import { Listeners } from '../../../drivers/transport/listeners.js';
import { scanMeaning, type ScanMeaning } from '../../api/scan-meaning.js';

export interface Scan {
  meaning: ScanMeaning;
  symbology?: string;
  /** Which scanner: the screen heard the wedge's itself. */
  from: 'device' | 'wedge';
}

export class ScanDesk {
  private readonly filter: RepeatFilter;
  private readonly scans = new Listeners<Scan>();

  constructor(
    private readonly now: () => number = Date.now,
    repeatWindowMs?: number,
  ) {
    this.filter = new RepeatFilter(repeatWindowMs);
  }

  /** Each new scan, repeats left out. */
  onScan(listener: (scan: Scan) => void): () => void {
    return this.scans.add(listener);
  }

  /** The scan's meaning, or undefined for a repeat of the last code within the window. */
  take(text: string, from: Scan['from'], symbology?: string): Scan | undefined {
    if (!this.filter.admit(text, this.now())) return undefined;
    const scan: Scan = { meaning: scanMeaning(text), from, ...(symbology !== undefined && { symbology }) };
    this.scans.emit(scan);
    return scan;
  }

  /** The next scan from any scanner, for technician mode's test; rejects after `timeoutMs`. */
  next(timeoutMs: number): Promise<Scan | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        off();
        resolve(undefined);
      }, timeoutMs);
      const off = this.onScan((scan) => {
        clearTimeout(timer);
        off();
        resolve(scan);
      });
    });
  }
}
