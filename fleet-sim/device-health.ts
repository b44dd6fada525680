import type { Heartbeat } from '../platform/protocol/index.js';
import type { Fault } from './fleet-plan.js';
import type { Prng } from './prng.js';

type Health = Heartbeat['health'];
export type DeviceState = 'ok' | 'warning' | 'fault';

/** A roll of receipt paper, in receipts: near end is reported below `nearEndAt`. */
const rollReceipts = 400;
const nearEndAt = 40;

/**
 * The peripherals of one terminal as its heartbeat reports them. Paper runs down with every
 * receipt and a technician replaces the roll some time after it runs near end; --faults pins a
 * paper-out or an unplugged reader from the start.
 */
export class DeviceHealth {
  private paperLeft: number;
  private readerPlugged: boolean;
  private readonly paperStuckOut: boolean;

  constructor(private readonly prng: Prng, faults: readonly Fault[]) {
    this.paperStuckOut = faults.includes('paper-out');
    this.paperLeft = this.paperStuckOut ? 0 : prng.between(nearEndAt + 1, rollReceipts);
    this.readerPlugged = !faults.includes('reader-unplugged');
  }

  /** One receipt printed (a case accepted). */
  printed(): void {
    if (this.paperLeft > 0) this.paperLeft -= 1;
  }

  /** A simulated minute passes: a low roll is sometimes replaced. */
  tick(): void {
    if (!this.paperStuckOut && this.paperLeft < nearEndAt && this.prng.chance(0.05)) this.paperLeft = rollReceipts;
  }

  get canServe(): boolean {
    return this.readerPlugged;
  }

  printerState(): DeviceState {
    if (this.paperLeft === 0) return 'fault';
    return this.paperLeft < nearEndAt ? 'warning' : 'ok';
  }

  report(): Health {
    const printer = this.printerState();
    return {
      idcard: this.readerPlugged ? { ok: true } : { ok: false, detail: '读卡器未连接 / card reader unplugged' },
      printer: printer === 'ok' ? { ok: true } : printer === 'warning' ? { ok: true, detail: '纸将尽 / paper near end' } : { ok: false, detail: '缺纸 / paper out' },
      scanner: { ok: true },
      camera: { ok: true },
    };
  }
}
