import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { IdCardReader } from '../idcard/reader.js';
import { CHEN_XIAOXIN } from '../sim/cards.js';
import { IdCardSimulator } from '../sim/idcard-sim.js';
import { openHid, type HidDevice } from './hid.js';
import { HidReports } from './hid-reports.js';
import { memoryPair } from './memory.js';
import { TransportClosedError } from './transport.js';

/**
 * A reader's USB firmware: unwraps the host's reports into serial bytes for the SAM simulator and
 * wraps its replies into reports, handing them back as hidapi does (unnumbered: id byte dropped).
 * Only the USB layer is stood in for; the frames and the reader are the real ones.
 */
class ReaderFirmware extends EventEmitter implements HidDevice {
  private readonly reports = new HidReports();
  readonly sim: IdCardSimulator;
  private readonly serial;

  constructor() {
    super();
    const [host, device] = memoryPair('reader firmware');
    this.serial = host;
    this.sim = new IdCardSimulator(device, { card: CHEN_XIAOXIN });
    host.onData((bytes) => {
      for (const report of this.reports.split(bytes)) this.emit('data', report.subarray(1));
    });
  }

  async write(report: Buffer): Promise<number> {
    await this.serial.write(this.reports.payload(report));
    return report.length;
  }

  async close(): Promise<void> {
    await this.serial.close();
  }

  unplug(): void {
    this.emit('error', new Error('could not read from HID device'));
  }
}

describe('a HID ID card reader', () => {
  it('reads a card through frames carried in 64-byte reports', async () => {
    const firmware = new ReaderFirmware();
    const reader = new IdCardReader(await openHid('/dev/hidraw-test', { open: async () => firmware }));
    const card = await reader.readCard({ timeoutMs: 5000 });
    expect(card.cardType === 'resident' && card.name).toBe('陈晓欣');
    await reader.close();
  });

  it('fails the waiting command at once when the device is unplugged', async () => {
    const firmware = new ReaderFirmware();
    firmware.sim.removeCard();
    const transport = await openHid('/dev/hidraw-test', { open: async () => firmware });
    const reader = new IdCardReader(transport, { commandTimeoutMs: 60_000 });
    const pending = reader.samId();
    firmware.unplug();
    await expect(pending).rejects.toBeInstanceOf(TransportClosedError);
  });

  it('names the device and what to check when it cannot be opened', async () => {
    await expect(openHid('/dev/hidraw9', { open: async () => Promise.reject(new Error('ENOENT')) })).rejects.toThrow(/hidraw9.*udev/);
  });
});
