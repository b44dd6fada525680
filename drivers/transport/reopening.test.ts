import { describe, expect, it } from 'vitest';
import { ReceiptPrinter } from '../printer/printer.js';
import { PrinterSimulator } from '../sim/printer-sim.js';
import { memoryPair } from './memory.js';
import { ReopeningTransport } from './reopening.js';
import type { ByteTransport } from './transport.js';

describe('a transport that reopens', () => {
  it('opens at first use and again after the device went away', async () => {
    let opened = 0;
    let device: ByteTransport | undefined;
    const transport = new ReopeningTransport('printer', async () => {
      opened++;
      const [host, end] = memoryPair('printer');
      device = end;
      new PrinterSimulator(end, { paper: 58 });
      return host;
    });
    const printer = new ReceiptPrinter(transport, { statusTimeoutMs: 500 });
    expect(opened).toBe(0);
    expect((await printer.status()).state).toBe('ready');
    await device?.close();
    expect((await printer.status()).state).toBe('ready');
    expect(opened).toBe(2);
    await transport.close();
  });

  it("says 'unknown' while the device cannot be opened, and tries again next time", async () => {
    let attempts = 0;
    const transport = new ReopeningTransport('printer', () => Promise.reject(new Error(`ENOENT ${++attempts}`)));
    const printer = new ReceiptPrinter(transport, { statusTimeoutMs: 500 });
    expect(await printer.status()).toMatchObject({ state: 'unknown', detail: expect.stringContaining('ENOENT 1') });
    expect(await printer.status()).toMatchObject({ state: 'unknown', detail: expect.stringContaining('ENOENT 2') });
  });
});
