import { IdCardSession } from '../../../drivers/idcard/session.js';
import { ReceiptPrinter } from '../../../drivers/printer/printer.js';
import type { PrinterProfile } from '../../../drivers/printer/receipt.js';
import { CHEN_XIAOXIN } from '../../../drivers/sim/cards.js';
import { IdCardSimulator } from '../../../drivers/sim/idcard-sim.js';
import { PrinterSimulator } from '../../../drivers/sim/printer-sim.js';
import { openHid } from '../../../drivers/transport/hid.js';
import { memoryPair } from '../../../drivers/transport/memory.js';
import { openSerial } from '../../../drivers/transport/serial.js';
import { ReopeningTransport } from '../../../drivers/transport/reopening.js';
import { openTcp } from '../../../drivers/transport/tcp.js';
import type { ByteTransport } from '../../../drivers/transport/transport.js';
import type { IdcardTarget, PrinterTarget } from '../config/core-config.js';
import { CardWaiter } from './card-waiter.js';

export interface Devices {
  idcard: CardWaiter;
  printer: ReceiptPrinter;
  printerProfile: PrinterProfile;
  close(): Promise<void>;
}

/** The demo citizen lays the card down a moment after the screen asks: on the third poll. */
const demoCardPolls = 3;

/** How the reader's port is (re)opened: a serial or HID port again after each unplug; the in-process simulator once. */
function idcardOpener(target: IdcardTarget, closers: (() => Promise<void>)[]): () => Promise<ByteTransport> {
  if (target.kind === 'serial') return () => openSerial(target.path, { baudRate: target.baudRate });
  if (target.kind === 'hid') return () => openHid(target.path, { reportId: target.reportId });
  const [host, device] = memoryPair('simulated ID card reader');
  const sim = new IdCardSimulator(device, { card: CHEN_XIAOXIN, presentAfterPolls: demoCardPolls });
  closers.push(() => sim.close());
  return async () => host;
}

/**
 * The printer's port opens at the first job and again after an unplug or a network printer's
 * reboot, so the kiosk starts (and takes cases) with the printer off, and prints once it is back.
 */
async function printerTransport(target: PrinterTarget, closers: (() => Promise<void>)[]): Promise<ByteTransport> {
  if (target.kind === 'serial') return new ReopeningTransport(`${target.path} @ ${target.baudRate}`, () => openSerial(target.path, { baudRate: target.baudRate }));
  if (target.kind === 'tcp') return new ReopeningTransport(`tcp ${target.host}:${target.port}`, () => openTcp(target.host, target.port));
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
  // The reader polls from start to end, so an unplugged and replugged reader comes back by itself.
  const reader = new IdCardSession({ open: idcardOpener(targets.idcard, closers) });
  const printTransport = await printerTransport(targets.printer, closers);
  closers.unshift(() => reader.stop());
  closers.push(() => printTransport.close());
  const idcard = new CardWaiter(reader);
  reader.start();
  return {
    idcard,
    printer: new ReceiptPrinter(printTransport),
    printerProfile: { paper: targets.printer.paper, encoding: targets.printer.kind === 'simulated' ? 'gb18030' : targets.printer.font },
    close: async () => {
      for (const close of closers) await close().catch(() => undefined);
    },
  };
}
