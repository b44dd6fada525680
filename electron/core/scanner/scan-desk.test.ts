import { describe, expect, it } from 'vitest';
import { makeCaseNumber } from '../../../standards/case-number.js';
import { ScanDesk, type Scan } from './scan-desk.js';

const caseNumber = makeCaseNumber('WH0001', '20261201', 1) ?? '';

describe('ScanDesk', () => {
  it('gives each scan its meaning, and counts the same code twice within the window once, whichever scanner sent it', () => {
    let now = 0;
    const desk = new ScanDesk(() => now, 1000);
    const heard: Scan[] = [];
    desk.onScan((scan) => heard.push(scan));
    expect(desk.take(caseNumber, 'device', 'QR')).toEqual({ meaning: { kind: 'receipt', caseNumber }, from: 'device', symbology: 'QR' });
    now = 300;
    expect(desk.take(caseNumber, 'wedge')).toBeUndefined();
    now = 400;
    expect(desk.take('WH-RS-001', 'wedge')?.meaning).toEqual({ kind: 'item', itemCode: 'WH-RS-001' });
    expect(heard.map((scan) => scan.meaning.kind)).toEqual(['receipt', 'item']);
  });

  it('hands technician mode’s test the next scan, or nothing when none comes', async () => {
    const desk = new ScanDesk();
    const next = desk.next(5000);
    desk.take('hello', 'device');
    expect((await next)?.meaning).toEqual({ kind: 'unknown', text: 'hello' });
    expect(await desk.next(1)).toBeUndefined();
  });
});
