import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage, groupOf, IppDecodeError, ValueTag } from './ipp-codec.js';

/** A Get-Printer-Attributes reply as RFC 8010 §3 lays it out, byte by byte. */
function field(tag: number, name: string, value: Buffer): Buffer {
  const n = Buffer.from(name);
  return Buffer.concat([Buffer.from([tag, n.length >> 8, n.length & 0xff]), n, Buffer.from([value.length >> 8, value.length & 0xff]), value]);
}
const int = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

describe('IPP codec', () => {
  it('encodes a request the way RFC 8010 lays it out: header, groups, 1setOf with empty names, end tag, document', () => {
    const bytes = encodeMessage({
      code: 0x000b,
      requestId: 7,
      groups: [{ group: 'operation', attributes: [{ name: 'requested-attributes', tag: ValueTag.keyword, values: ['printer-state', 'marker-levels'] }] }],
      data: Buffer.from('%PDF'),
    });
    const expected = Buffer.concat([
      Buffer.from([1, 1, 0, 0x0b, 0, 0, 0, 7, 0x01]),
      field(ValueTag.keyword, 'requested-attributes', Buffer.from('printer-state')),
      field(ValueTag.keyword, '', Buffer.from('marker-levels')),
      Buffer.from([0x03]),
      Buffer.from('%PDF'),
    ]);
    expect(bytes.equals(expected)).toBe(true);
  });

  it('decodes a printer reply: enums, 1setOf keywords, integers, text with language, collections, the document after', () => {
    const reply = Buffer.concat([
      Buffer.from([1, 1, 0, 0, 0, 0, 0, 3, 0x04]),
      field(ValueTag.enum, 'printer-state', int(5)),
      field(ValueTag.keyword, 'printer-state-reasons', Buffer.from('media-empty-error')),
      field(ValueTag.keyword, '', Buffer.from('door-open-error')),
      field(ValueTag.integer, 'marker-levels', int(12)),
      field(ValueTag.textWithLanguage, 'printer-info', Buffer.concat([Buffer.from([0, 5]), Buffer.from('zh-cn'), Buffer.from([0, 6]), Buffer.from('打印')])),
      field(ValueTag.begCollection, 'media-col-default', Buffer.alloc(0)),
      field(ValueTag.memberAttrName, '', Buffer.from('media-size-name')),
      field(ValueTag.keyword, '', Buffer.from('iso_a4_210x297mm')),
      field(ValueTag.endCollection, '', Buffer.alloc(0)),
      field(ValueTag.noValue, 'printer-state-message', Buffer.alloc(0)),
      Buffer.from([0x03]),
      Buffer.from('tail'),
    ]);
    const decoded = decodeMessage(reply);
    const printer = groupOf(decoded, 'printer');
    expect(decoded).toMatchObject({ version: '1.1', code: 0, requestId: 3 });
    expect(printer.get('printer-state')).toEqual([5]);
    expect(printer.get('printer-state-reasons')).toEqual(['media-empty-error', 'door-open-error']);
    expect(printer.get('marker-levels')).toEqual([12]);
    expect(printer.get('printer-info')).toEqual(['打印']);
    expect(printer.get('media-col-default')).toEqual([{ 'media-size-name': ['iso_a4_210x297mm'] }]);
    expect(printer.get('printer-state-message')).toEqual([null]);
    expect(decoded.data.toString()).toBe('tail');
  });

  it('reads back what it encodes', () => {
    const bytes = encodeMessage({
      code: 2,
      requestId: 1,
      groups: [
        { group: 'operation', attributes: [{ name: 'job-name', tag: ValueTag.name, values: ['办事指南'] }] },
        { group: 'job', attributes: [{ name: 'copies', tag: ValueTag.integer, values: [2] }, { name: 'x-flag', tag: ValueTag.boolean, values: [true] }] },
      ],
    });
    const decoded = decodeMessage(bytes);
    expect(groupOf(decoded, 'operation').get('job-name')).toEqual(['办事指南']);
    expect(groupOf(decoded, 'job').get('copies')).toEqual([2]);
    expect(groupOf(decoded, 'job').get('x-flag')).toEqual([true]);
  });

  it('refuses a reply cut short, with words a technician can read, rather than reading past its end', () => {
    const whole = encodeMessage({ code: 0, requestId: 1, groups: [{ group: 'printer', attributes: [{ name: 'printer-state', tag: ValueTag.enum, values: [3] }] }] });
    for (let length = 0; length < whole.length; length++) {
      expect(() => decodeMessage(whole.subarray(0, length)), `cut at ${length}`).toThrow(IppDecodeError);
    }
  });
});
