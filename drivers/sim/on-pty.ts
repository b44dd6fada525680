import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openPtyPair, type PtyPair } from '../transport/pty-pair.js';
import { openSerial } from '../transport/serial.js';
import { CHEN_XIAOXIN } from './cards.js';
import { IdCardSimulator, type IdCardSimulatorOptions } from './idcard-sim.js';
import { PrinterSimulator } from './printer-sim.js';
import { ScannerSimulator, type ScannerSimulatorOptions } from './scanner-sim.js';

export interface SimOnPty<S> {
  /** The port a driver opens, as it would open /dev/ttyUSB0. */
  portPath: string;
  sim: S;
  close(): Promise<void>;
}

/** The simulators' line speed; on a pty it is only recorded, but drivers set it as on hardware. */
export const simBaudRate = 115200;

async function onPty<S extends { close(): Promise<void> }>(dir: string, make: (device: Awaited<ReturnType<typeof openSerial>>, pair: PtyPair) => S): Promise<SimOnPty<S>> {
  // The demo's data folder: only its owner opens the simulated ports.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pair = await openPtyPair(dir);
  const device = await openSerial(pair.devicePath, { baudRate: simBaudRate });
  const sim = make(device, pair);
  return {
    portPath: pair.hostPath,
    sim,
    close: async () => {
      await sim.close();
      await device.close();
      await pair.close();
    },
  };
}

/** A SAM reader simulator behind a real pty, so the driver goes through the kernel's tty layer. */
export function idcardSimOnPty(dir: string, options: IdCardSimulatorOptions = { card: CHEN_XIAOXIN }): Promise<SimOnPty<IdCardSimulator>> {
  // The 'vanish' fault takes the whole pty pair away, so the host's port disappears as on unplug.
  return onPty(join(dir), (device, pair) => new IdCardSimulator(device, { onVanish: () => void pair.close(), ...options }));
}

/** An ESC/POS printer simulator behind a real pty; receipts land in outDir as text and PNG. */
export function printerSimOnPty(dir: string, options: { paper: 58 | 80; outDir?: string }): Promise<SimOnPty<PrinterSimulator>> {
  // The 'unplug' fault takes the pty pair away, so the host's port disappears as on a pulled USB cable.
  return onPty(join(dir), (device, pair) => new PrinterSimulator(device, { ...options, onUnplug: () => void pair.close() }));
}

/** A serial code scanner simulator behind a real pty: what `scan()` is given arrives as a scanner sends it. */
export function scannerSimOnPty(dir: string, options: ScannerSimulatorOptions = {}): Promise<SimOnPty<ScannerSimulator>> {
  return onPty(join(dir), (device) => new ScannerSimulator(device, options));
}
