import { join } from 'node:path';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import type { IdCardSimulator } from '../../drivers/sim/idcard-sim.js';
import { idcardSimOnPty, printerSimOnPty, scannerSimOnPty, simBaudRate } from '../../drivers/sim/on-pty.js';
import type { ScannerSimulator } from '../../drivers/sim/scanner-sim.js';
import type { PrinterSimulator } from '../../drivers/sim/printer-sim.js';
import { hasSocat } from '../../drivers/transport/pty-pair.js';
import type { IdcardTarget, PrinterTarget, ScannerTarget } from '../../electron/core/config/core-config.js';

/**
 * cycling: the demo citizen lays her card down a moment after the reader starts looking, and again
 * after each read, so anyone can try the kiosk. manual: the reader stays empty until a test places one.
 */
export type DemoCards = 'cycling' | 'manual';

export interface DemoDevices {
  idcard: IdcardTarget;
  printer: PrinterTarget;
  scanner: ScannerTarget;
  /** Present when the simulators run here, on ptys; absent when the core runs them in-process. */
  idcardSim?: IdCardSimulator;
  printerSim?: PrinterSimulator;
  /** A serial QR scanner sending AIM identifiers and CR LF; a test holds codes to it with scan(). */
  scannerSim?: ScannerSimulator;
  /**
   * With ptys: the reader's cable pulled (its port disappears, as a USB serial adapter's does)
   * and pushed back in (the same port again, an empty reader), to show a terminal riding it out.
   */
  unplugReader?(): Promise<void>;
  plugReader?(): Promise<void>;
  receiptsDir: string;
  close(): Promise<void>;
}

/**
 * The demo's reader, printer and QR scanner: simulators on socat pty pairs where socat exists, so the
 * kiosk opens them as serial ports like real hardware; else simulators inside the core.
 */
export async function demoDevices(dir: string, cards: DemoCards = 'cycling'): Promise<DemoDevices> {
  const receiptsDir = join(dir, 'receipts');
  if (!hasSocat()) {
    return {
      idcard: { kind: 'simulated' },
      printer: { kind: 'simulated', paper: 80, outDir: receiptsDir },
      scanner: { kind: 'wedge' },
      receiptsDir,
      close: async () => undefined,
    };
  }
  const plugIn = () => idcardSimOnPty(join(dir, 'pty', 'idcard'), cards === 'cycling' ? { card: CHEN_XIAOXIN, presentAfterPolls: 3 } : {});
  let reader: Awaited<ReturnType<typeof plugIn>> | undefined = await plugIn();
  const unplug = async () => {
    await reader?.close();
    reader = undefined;
  };
  const printer = await printerSimOnPty(join(dir, 'pty', 'printer'), { paper: 80, outDir: receiptsDir });
  const scanner = await scannerSimOnPty(join(dir, 'pty', 'scanner'), { suffix: 'crlf', aim: true });
  return {
    idcard: { kind: 'serial', path: reader.portPath, baudRate: simBaudRate },
    printer: { kind: 'serial', path: printer.portPath, baudRate: simBaudRate, paper: 80, font: 'gb18030' },
    scanner: { kind: 'serial', path: scanner.portPath, baudRate: simBaudRate, suffix: 'crlf', aim: true },
    get idcardSim() {
      return reader?.sim;
    },
    printerSim: printer.sim,
    scannerSim: scanner.sim,
    unplugReader: unplug,
    plugReader: async () => {
      reader ??= await plugIn();
    },
    receiptsDir,
    close: async () => {
      await unplug();
      await printer.close();
      await scanner.close();
    },
  };
}
