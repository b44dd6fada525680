import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryPair } from '../transport/memory.js';
import type { ByteTransport } from '../transport/transport.js';
import { PrinterSimulator, type PrintedReceipt } from '../sim/printer-sim.js';
import { PrinterError, ReceiptPrinter } from './printer.js';
import { encodeReceipt, parseReceipt } from './receipt.js';

const { bytes: receiptBytes } = encodeReceipt(
  parseReceipt({ blocks: [{ type: 'title', text: '受理回执' }, { type: 'row', key: '办件编号', value: 'WH20250101-0001' }] }),
  { paper: 58, encoding: 'gb18030' },
);

function setUp(): { printer: ReceiptPrinter; sim: PrinterSimulator; host: ByteTransport } {
  const [host, device] = memoryPair('printer');
  return { printer: new ReceiptPrinter(host, { chunkSize: 64 }), sim: new PrinterSimulator(device, { paper: 58 }), host };
}

function nextReceipt(sim: PrinterSimulator): Promise<PrintedReceipt> {
  return new Promise((resolve) => {
    const off = sim.onReceipt((printed) => {
      off();
      resolve(printed);
    });
  });
}

/** Forwards the device's replies to the host one byte per write, as a slow UART might. */
function byteByByte(device: ByteTransport): ByteTransport {
  return {
    description: device.description,
    write: async (data) => {
      for (const byte of data) await device.write(Uint8Array.of(byte));
    },
    onData: (listener) => device.onData(listener),
    onClose: (listener) => device.onClose(listener),
    close: () => device.close(),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ReceiptPrinter against the simulator', () => {
  it('reads ready and prints a receipt in chunks', async () => {
    const { printer, sim } = setUp();
    expect(await printer.status()).toMatchObject({ state: 'ready', paperNearEnd: false, detail: '就绪 ready' });
    const printed = nextReceipt(sim);
    const outcome = await printer.print(receiptBytes);
    expect(outcome).toMatchObject({ bytesWritten: receiptBytes.length, complete: true, after: { state: 'ready' } });
    const receipt = await printed;
    expect(receipt.text.split('\n')).toEqual(['        受理回执', '办件编号         WH20250101-0001']);
    // The capture holds every byte since the last cut: the status queries, then the job.
    expect(receipt.bytes.subarray(-receiptBytes.length).equals(receiptBytes)).toBe(true);
  });

  it('refuses to print when out of paper, and nothing is printed', async () => {
    const { printer, sim } = setUp();
    sim.setState({ paperOut: true });
    const error = await printer.print(receiptBytes).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrinterError);
    expect(error).toMatchObject({ code: 'PAPER_OUT', status: { state: 'paper_out', paperNearEnd: true } });
    expect(String((error as Error).message)).toMatch(/缺纸.*out of paper/);
    expect(sim.receipts).toEqual([]);
  });

  it('drops data sent while out of paper, as a real printer does', async () => {
    const { host, sim, printer } = setUp();
    sim.setState({ paperOut: true });
    await host.write(receiptBytes);
    expect(await printer.status()).toMatchObject({ state: 'paper_out' });
    sim.setState({ paperOut: false });
    expect(await printer.status()).toMatchObject({ state: 'ready' });
    expect(sim.receipts).toEqual([]);
  });

  it('reports an open cover and a near-empty roll', async () => {
    const { printer, sim } = setUp();
    sim.setState({ paperNearEnd: true });
    expect(await printer.status()).toMatchObject({ state: 'ready', paperNearEnd: true });
    sim.setState({ coverOpen: true });
    await expect(printer.print(receiptBytes)).rejects.toMatchObject({ code: 'COVER_OPEN' });
  });

  it('decodes status replies that arrive one byte per chunk', async () => {
    const [host, device] = memoryPair('printer');
    const sim = new PrinterSimulator(byteByByte(device), { paper: 80 });
    sim.setState({ paperNearEnd: true });
    const printer = new ReceiptPrinter(host);
    expect(await printer.status()).toMatchObject({ state: 'ready', paperNearEnd: true });
    const printed = nextReceipt(sim);
    await printer.print(receiptBytes);
    expect((await printed).text).toContain('WH20250101-0001');
  });

  it("says 'unknown', never 'ready', when the printer does not answer", async () => {
    vi.useFakeTimers();
    const [host] = memoryPair('printer');
    const printer = new ReceiptPrinter(host, { statusTimeoutMs: 1500 });
    const status = printer.status();
    await vi.advanceTimersByTimeAsync(1500);
    expect(await status).toMatchObject({ state: 'unknown', paperNearEnd: false });
    const printing = printer.print(receiptBytes).catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(1500);
    expect(await printing).toMatchObject({ code: 'NO_ANSWER' });
  });

  it("says 'unknown' when the connection is closed", async () => {
    const { printer, host } = setUp();
    await host.close();
    expect(await printer.status()).toMatchObject({ state: 'unknown' });
  });
});
