import { describe, expect, it } from 'vitest';
import { openScanner, scannerHealth } from './open-scanner.js';

describe('the configured scanner', () => {
  it('opens nothing for a keyboard wedge, which leaves the heartbeat without a scanner state', () => {
    const scanner = openScanner({ kind: 'wedge' }, () => undefined);
    expect(scanner).toBeUndefined();
    expect(scannerHealth(scanner)).toBeUndefined();
  });

  it('reports a serial scanner whose port is missing as a fault a technician can act on', async () => {
    const lines: string[] = [];
    const scanner = openScanner({ kind: 'serial', path: '/dev/ttyTONGBAN-NO-SCANNER', baudRate: 9600, aim: false }, (line) => lines.push(line));
    // Until its first attempt fails the scanner says it has not been opened yet.
    await expect.poll(() => scannerHealth(scanner)?.detail).toMatch(/cannot be opened/);
    expect(scannerHealth(scanner)).toMatchObject({ ok: false, detail: expect.stringMatching(/扫码枪无法打开 \/ scanner cannot be opened/) });
    await scanner?.stop();
  });
});
