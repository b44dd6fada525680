import { IdCardReader } from '../../../drivers/idcard/reader.js';
import { ReceiptPrinter } from '../../../drivers/printer/printer.js';
import type { PrinterProfile } from '../../../drivers/printer/receipt.js';
import { CHEN_XIAOXIN } from '../../../drivers/sim/cards.js';
import { IdCardSimulator } from '../../../drivers/sim/idcard-sim.js';
import { PrinterSimulator } from '../../../drivers/sim/printer-sim.js';
import { memoryPair } from '../../../drivers/transport/memory.js';
import { openSerial } from '../../../drivers/transport/serial.js';
import { openTcp } from '../../../drivers/transport/tcp.js';
import type { ByteTransport } from '../../../drivers/transport/transport.js';
import type { IdcardTarget, PrinterTarget } from '../config/core-config.js';

export interface Devices {
  idcard: IdCardReader;
  printer: ReceiptPrinter;
  printerProfile: PrinterProfile;
  close(): Promise<void>;
}

/** The demo citizen lays the card down a moment after the screen asks: on the third poll. */
const demoCardPolls = 3;

async function idcardTransport(target: IdcardTarget, closers: (() => Promise<void>)[]): Promise<ByteTransport> {
  if (target.kind === 'serial') return openSerial(target.path, { baudRate: target.baudRate });
  const [host, device] = memoryPair('simulated ID card reader');
  const sim = new IdCardSimulator(device, { card: CHEN_XIAOXIN, presentAfterPolls: demoCardPolls });
  closers.push(() => sim.close());
  return host;
}

async function printerTransport(target: PrinterTarget, closers: (() => Promise<void>)[]): Promise<ByteTransport> {
  if (target.kind === 'serial') return openSerial(target.path, { baudRate: target.baudRate });
  if (target.kind === 'tcp') return openTcp(target.host, target.port);
  const [host, device] = memoryPair('simulated receipt printer');
  const sim = new PrinterSimulator(device, target.outDir === undefined ? { paper: target.paper } : { paper: target.paper, outDir: target.outDir });
  closers.push(() => sim.close());
  return host;
}

/**
 * Opens the configured reader and printer. "simulated" runs the simulator in this process over
 * an in-memory pair: the fallback where no pty can be made; with socat the launcher runs the
 * simulators on a pty and the config names a serial path like any real device.
 */
export async function openDevices(targets: { idcard: IdcardTarget; printer: PrinterTarget }): Promise<Devices> {
  const closers: (() => Promise<void>)[] = [];
  const idTransport = await idcardTransport(targets.idcard, closers);
  const printTransport = await printerTransport(targets.printer, closers);
  closers.push(() => idTransport.close(), () => printTransport.close());
  return {
    idcard: new IdCardReader(idTransport),
    printer: new ReceiptPrinter(printTransport),
    printerProfile: { paper: targets.printer.paper, encoding: targets.printer.kind === 'simulated' ? 'gb18030' : targets.printer.font },
    close: async () => {
      for (const close of closers) await close().catch(() => undefined);
    },
  };
}
