import { describe, expect, it } from 'vitest';
import { prng } from '../../tests/support/prng.js';
import { LineFramer, type LineEvent, type LineFramerOptions } from './line-framer.js';

/** Feeds the bytes in random chunks, one millisecond apart: a scanner's burst, as the UART hands it over. */
function framed(input: string | Buffer, options: LineFramerOptions = {}, seed = 1): string[] {
  const framer = new LineFramer(options);
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const random = prng(seed);
  const events: LineEvent[] = [];
  let now = 0;
  for (let offset = 0; offset < bytes.length; ) {
    const size = 1 + Math.floor(random() * 7);
    events.push(...framer.push(bytes.subarray(offset, offset + size), (now += 1)));
    offset += size;
  }
  return events.map((event) => (event.kind === 'line' ? event.bytes.toString('utf8') : `<too long: ${event.length}>`));
}

describe('LineFramer', () => {
  it('by default ends a code at CR, LF or CR LF, in any chunking, and CR LF is one end', () => {
    for (let seed = 1; seed <= 20; seed++) {
      expect(framed('WH0001202612010001X\r\nITEM:WH-RS-001\rhello\n', {}, seed)).toEqual(['WH0001202612010001X', 'ITEM:WH-RS-001', 'hello']);
    }
  });

  it('with a configured suffix ends codes only there, so a CR inside a code stays in it', () => {
    expect(framed('a\rb\tc\t', { suffix: 'tab' })).toEqual(['a\rb', 'c']);
    expect(framed('a\rb\r\nc\r\n', { suffix: 'crlf' })).toEqual(['a\rb', 'c']);
    expect(framed('a\rb\n', { suffix: 'lf' })).toEqual(['a\rb']);
    expect(framed('a\nb\r', { suffix: 'cr' })).toEqual(['a\nb']);
  });

  it('takes the configured prefix off, and leaves a code without it as sent', () => {
    expect(framed('#@WH-RS-001\r#@abc\rplain\r', { prefix: Buffer.from('#@') })).toEqual(['WH-RS-001', 'abc', 'plain']);
  });

  it('keeps Chinese QR content whole when a chunk ends inside a character', () => {
    for (let seed = 1; seed <= 10; seed++) expect(framed('武汉市江岸区\r\n', {}, seed)).toEqual(['武汉市江岸区']);
  });

  it('drops a code longer than the maximum whole, and reads the next one', () => {
    expect(framed(`${'x'.repeat(40)}\rshort\r`, { maxLength: 16 })).toEqual(['<too long: 40>', 'short']);
  });

  it('flushes a code sent without a suffix once the scanner has been quiet, and not before', () => {
    const framer = new LineFramer({ idleFlushMs: 50 });
    expect(framer.push(Buffer.from('ABC'), 1000)).toEqual([]);
    expect(framer.idleDeadline).toBe(1050);
    expect(framer.expire(1049)).toEqual([]);
    expect(framer.push(Buffer.from('DEF'), 1040)).toEqual([]);
    expect(framer.expire(1060)).toEqual([]);
    const flushed = framer.expire(1090);
    expect(flushed.map((event) => (event.kind === 'line' ? event.bytes.toString() : ''))).toEqual(['ABCDEF']);
    expect(framer.idleDeadline).toBeUndefined();
  });

  it('refuses options it cannot honour, with the reason', () => {
    expect(() => new LineFramer({ maxLength: 0 })).toThrow(/maxLength/);
    expect(() => new LineFramer({ suffix: 'semicolon' as never })).toThrow(/suffix must be one of cr, lf, crlf, tab/);
  });
});
