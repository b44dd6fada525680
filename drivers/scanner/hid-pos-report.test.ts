import { describe, expect, it } from 'vitest';
import { honeywellDescriptor, honeywellReport } from './fixtures/honeywell-hid-pos.js';
import { keyboardDescriptor } from './fixtures/keyboard.js';
import { zebraDescriptor, zebraReport } from './fixtures/zebra-hid-pos.js';
import { HidPosLayoutError, ScannedDataAssembler, readScannedPart, scannedDataLayout } from './hid-pos-report.js';

type Family = { name: string; descriptor: Buffer; report: (data: Uint8Array, aim: string, continued: boolean) => Buffer; chunk: number };
const families: Family[] = [
  { name: 'Honeywell', descriptor: honeywellDescriptor, report: honeywellReport, chunk: 56 },
  { name: 'Zebra', descriptor: zebraDescriptor, report: zebraReport, chunk: 60 },
];

/** A code as the scanner sends it: as many reports as it takes, all but the last continued. */
function reportsOf(family: Family, code: Buffer, aim: string): Buffer[] {
  const reports: Buffer[] = [];
  for (let at = 0; at < code.length; at += family.chunk) {
    reports.push(family.report(code.subarray(at, at + family.chunk), aim, at + family.chunk < code.length));
  }
  return reports;
}

function scan(family: Family, reports: Buffer[]): { text: string; aim: string }[] {
  const layout = scannedDataLayout(family.descriptor);
  const assembler = new ScannedDataAssembler();
  return reports.flatMap((report) => {
    const part = readScannedPart(layout, report);
    const whole = part && assembler.push(part);
    return whole ? [{ text: whole.bytes.toString('utf8'), aim: whole.aim }] : [];
  });
}

describe.each(families)('HID POS scanned data, $name descriptor', (family) => {
  it('reads a short code and its AIM identifier from the fields the descriptor names', () => {
    expect(scan(family, reportsOf(family, Buffer.from('WH0001202612010001X'), ']Q1'))).toEqual([{ text: 'WH0001202612010001X', aim: ']Q1' }]);
  });

  it('joins a long Chinese QR code sent over several continued reports', () => {
    const long = Buffer.from(`办件查询:${'武汉市江岸区政务服务中心'.repeat(8)}`, 'utf8');
    const reports = reportsOf(family, long, ']Q1');
    expect(reports.length).toBeGreaterThan(2);
    expect(scan(family, reports)).toEqual([{ text: long.toString('utf8'), aim: ']Q1' }]);
  });

  it('passes over reports that are not scanned data', () => {
    const other = Buffer.alloc(64, 0x41);
    other[0] = 0x04;
    expect(scan(family, [other, ...reportsOf(family, Buffer.from('6901234567892'), ']E0')])).toEqual([{ text: '6901234567892', aim: ']E0' }]);
  });
});

describe('scannedDataLayout', () => {
  it('finds the fields at different places for the two families', () => {
    const honeywell = scannedDataLayout(honeywellDescriptor);
    const zebra = scannedDataLayout(zebraDescriptor);
    expect([honeywell.reportId, honeywell.data.bitOffset / 8, honeywell.byteCount !== undefined]).toEqual([0x02, 4, true]);
    expect([zebra.reportId, zebra.data.bitOffset / 8, zebra.byteCount !== undefined]).toEqual([0x22, 1, false]);
  });

  it('keeps NULs inside and at the end of a code when the report carries a byte count', () => {
    const layout = scannedDataLayout(honeywellDescriptor);
    expect(readScannedPart(layout, honeywellReport(Buffer.from([0x41, 0x00, 0x42, 0x00]), ']Q1', false))?.bytes).toEqual(Buffer.from([0x41, 0x00, 0x42, 0x00]));
  });

  it('tells a technician a scanner in keyboard mode is not a HID POS scanner', () => {
    expect(() => scannedDataLayout(keyboardDescriptor)).toThrow(HidPosLayoutError);
    expect(() => scannedDataLayout(keyboardDescriptor)).toThrow(/HID POS/);
  });
});

describe('ScannedDataAssembler', () => {
  it('drops a code whose continuation never ends instead of growing without bound', () => {
    const assembler = new ScannedDataAssembler(100);
    for (let i = 0; i < 10; i++) expect(assembler.push({ bytes: Buffer.alloc(56, 0x41), aim: ']Q1', continued: true })).toBeUndefined();
    expect(assembler.push({ bytes: Buffer.from('ok'), aim: ']Q1', continued: false })?.bytes.toString()).toBe('ok');
  });
});
