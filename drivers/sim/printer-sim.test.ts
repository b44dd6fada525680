import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodeReceipt, parseReceipt } from '../printer/receipt.js';
import { memoryPair } from '../transport/memory.js';
import { PrinterSimulator, type PrintedReceipt } from './printer-sim.js';

describe('PrinterSimulator files', () => {
  it('writes NNNN.txt and a PNG as wide as the paper', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'printer-sim-'));
    const [host, device] = memoryPair('printer');
    const sim = new PrinterSimulator(device, { paper: 80, outDir });
    const printed = new Promise<PrintedReceipt>((resolve) => sim.onReceipt(resolve));
    const receipt = parseReceipt({ blocks: [{ type: 'text', text: 'Hello 你好' }, { type: 'qr', data: 'tongban' }] });
    await host.write(encodeReceipt(receipt, { paper: 80, encoding: 'gb18030' }).bytes);
    const { textPath, pngPath } = await printed;
    expect(textPath).toBe(path.join(outDir, '0001.txt'));
    expect(await readFile(textPath ?? '', 'utf8')).toBe('Hello 你好\n[QR:tongban]\n\n');
    expect(PNG.sync.read(await readFile(pngPath ?? '')).width).toBe(576);
    // A receipt names the citizen: 0600 whatever the umask (this test runs under the machine's).
    for (const file of [textPath, pngPath]) expect((await stat(file ?? '')).mode & 0o777).toBe(0o600);
    await sim.close();
    await rm(outDir, { recursive: true });
  });

  it('keeps only the newest receipts, in memory and on disk, however long it prints', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'printer-sim-'));
    const [host, device] = memoryPair('printer');
    const sim = new PrinterSimulator(device, { paper: 80, outDir, keep: 3 });
    const texts: string[] = [];
    for (let n = 1; n <= 5; n++) {
      const printed = new Promise<PrintedReceipt>((resolve) => sim.onReceipt(resolve));
      await host.write(encodeReceipt(parseReceipt({ blocks: [{ type: 'text', text: `receipt ${n}` }] }), { paper: 80, encoding: 'gb18030' }).bytes);
      texts.push((await printed).text);
    }
    expect(sim.receipts.map((r) => r.text)).toEqual(texts.slice(2));
    expect((await readdir(outDir)).sort()).toEqual(['0003.png', '0003.txt', '0004.png', '0004.txt', '0005.png', '0005.txt']);
    await sim.close();
    await rm(outDir, { recursive: true });
  });
});
