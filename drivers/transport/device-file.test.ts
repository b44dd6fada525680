import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReceiptPrinter } from '../printer/printer.js';
import { encodeReceipt, parseReceipt } from '../printer/receipt.js';
import { printerSimOnPty } from '../sim/on-pty.js';
import { openDeviceFile } from './device-file.js';
import { SOCAT_MISSING, hasSocat } from './pty-pair.js';

describe('a printer as a device file', () => {
  it('writes a receipt and reads status replies back through the file', async () => {
    // A missing socat fails here, loudly: a skipped test would pass a machine that cannot run it.
    if (!hasSocat()) throw new Error(SOCAT_MISSING);
    const running = await printerSimOnPty(mkdtempSync(join(tmpdir(), 'tongban-devfile-')), { paper: 58 });
    const transport = await openDeviceFile(running.portPath);
    const printer = new ReceiptPrinter(transport, { statusTimeoutMs: 1000 });
    running.sim.setState({ paperNearEnd: true });
    expect(await printer.status()).toMatchObject({ state: 'ready', paperNearEnd: true });
    const { bytes } = encodeReceipt(parseReceipt({ blocks: [{ type: 'title', text: '受理回执' }] }), { paper: 58, encoding: 'gb18030' });
    expect(await printer.print(bytes)).toMatchObject({ complete: true });
    expect(running.sim.receipts.map((receipt) => receipt.text.trim())).toEqual(['受理回执']);
    await transport.close();
    await running.close();
  });

  it('says which device and what to check when it cannot be opened', async () => {
    await expect(openDeviceFile('/dev/usb/lp-tongban-none')).rejects.toThrow(/\/dev\/usb\/lp-tongban-none \(ENOENT\)/);
  });
});
