import { join } from 'node:path';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import type { IdCardSimulator } from '../../drivers/sim/idcard-sim.js';
import { idcardSimOnPty, printerSimOnPty, simBaudRate } from '../../drivers/sim/on-pty.js';
import type { PrinterSimulator } from '../../drivers/sim/printer-sim.js';
import { hasSocat } from '../../drivers/transport/pty-pair.js';
import type { IdcardTarget, PrinterTarget } from '../../electron/core/config/core-config.js';

/**
 * cycling: the demo citizen lays her card down a moment after the reader starts looking, and again
 * after each read, so anyone can try the kiosk. manual: the reader stays empty until a test places one.
 */
export type DemoCards = 'cycling' | 'manual';

export interface DemoDevices {
  idcard: IdcardTarget;
  printer: PrinterTarget;
  /** Present when the simulators run here, on ptys; absent when the core runs them in-process. */
  idcardSim?: IdCardSimulator;
  printerSim?: PrinterSimulator;
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
 * The demo's reader and printer: simulators on socat pty pairs where socat exists, so the
 * kiosk opens them as serial ports like real hardware; else simulators inside the core.
 */
export async function demoDevices(dir: string, cards: DemoCards = 'cycling'): Promise<DemoDevices> {
  const receiptsDir = join(dir, 'receipts');
  if (!hasSocat()) {
    return {
      idcard: { kind: 'simulated' },
      printer: { kind: 'simulated', paper: 80, outDir: receiptsDir },
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
  return {
    idcard: { kind: 'serial', path: reader.portPath, baudRate: simBaudRate },
    printer: { kind: 'serial', path: printer.portPath, baudRate: simBaudRate, paper: 80, font: 'gb18030' },
    get idcardSim() {
      return reader?.sim;
    },
    printerSim: printer.sim,
    unplugReader: unplug,
    plugReader: async () => {
      reader ??= await plugIn();
    },
    receiptsDir,
    close: async () => {
      await unplug();
      await printer.close();
    },
  };
}
