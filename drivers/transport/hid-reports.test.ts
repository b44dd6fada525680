import { describe, expect, it } from 'vitest';
import { FrameParser, encodeReply } from '../idcard/frame.js';
import { joinBlocks } from '../idcard/commands.js';
import { encodeText } from '../idcard/text.js';
import { CHEN_XIAOXIN } from '../sim/cards.js';
import { HidReportError, HidReports } from './hid-reports.js';

const cardReply = encodeReply(0x90, joinBlocks([encodeText(CHEN_XIAOXIN.text), CHEN_XIAOXIN.photoWlt]));

describe('HID reports carrying SAM frames', () => {
  it('cuts the 1295-byte card reply into 21 full 64-byte reports and joins them back', () => {
    const hid = new HidReports({ reportId: 0x02 });
    const reports = hid.split(cardReply);
    expect(cardReply).toHaveLength(1295);
    expect(reports).toHaveLength(21);
    expect(reports.every((r) => r.length === 64 && r[0] === 0x02)).toBe(true);
    expect(reports.at(-1)?.[1]).toBe(1295 - 20 * 62);
    expect(hid.join(reports)).toEqual(cardReply);
  });

  it('gives the parser a frame that spans reports, whichever report size the reader uses', () => {
    for (const reportSize of [3, 8, 33, 64, 257]) {
      const hid = new HidReports({ reportSize });
      const parser = new FrameParser();
      const events = hid.split(cardReply).flatMap((report) => parser.push(hid.payload(report)));
      expect(events).toEqual([{ kind: 'frame', body: cardReply.subarray(7, -1) }]);
    }
  });

  it('refuses a report with another id, or a length longer than the report', () => {
    const hid = new HidReports({ reportId: 1, reportSize: 8 });
    expect(() => hid.payload(Buffer.from([2, 1, 0xaa, 0, 0, 0, 0, 0]))).toThrow(HidReportError);
    expect(() => hid.payload(Buffer.from([1, 7, 0, 0, 0, 0, 0, 0]))).toThrow('payload length 7 does not fit a 8-byte report');
    expect(() => hid.payload(Buffer.from([1]))).toThrow(HidReportError);
  });

  it('refuses report sizes the length byte cannot describe', () => {
    expect(() => new HidReports({ reportSize: 2 })).toThrow(TypeError);
    expect(() => new HidReports({ reportSize: 258 })).toThrow(TypeError);
    expect(() => new HidReports({ reportId: 256 })).toThrow(TypeError);
  });
});
