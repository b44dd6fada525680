import { describe, expect, it } from 'vitest';
import { demoCatalog } from '../demo/demo-catalog.js';
import { arrayMembers, JsonSpanError, type Span } from './json-spans.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Each member's elements, parsed from their spans alone. */
function parsedMembers(text: string): Record<string, unknown[]> {
  const bytes = utf8(text);
  const decode = (span: Span) => new TextDecoder().decode(bytes.subarray(span.start, span.end));
  return Object.fromEntries([...arrayMembers(bytes)].map(([name, spans]) => [name, spans.map((span) => JSON.parse(decode(span)) as unknown)]));
}

describe('splitting a JSON object of arrays into its elements', () => {
  it('finds every element of the demo catalog, whatever the spacing', () => {
    for (const text of [JSON.stringify(demoCatalog), JSON.stringify(demoCatalog, null, 2), JSON.stringify(demoCatalog, null, '\t').replace(/\n/g, '\r\n')]) {
      expect(parsedMembers(text)).toEqual(demoCatalog);
    }
  });

  it('is not fooled by brackets, quotes, backslashes and commas inside strings, or by scalars and nesting', () => {
    const tricky = {
      items: ['a]b', 'c}d', 'e,f', 'quote " inside', 'ends in backslash \\', '\\"', '中文，标点】', 1, -2.5e3, true, null, [], {}, [[1, [2]], { a: [{ b: '}' }] }]],
      'we\\ird "name"': [],
      benefits: [{ '': '' }],
    };
    expect(parsedMembers(JSON.stringify(tricky))).toEqual(tricky);
    expect(parsedMembers(' \n{ "items" : [ 1 , "x" ,{} ] , "b":[ ] } \n')).toEqual({ items: [1, 'x', {}], b: [] });
  });

  it('reads escaped member names as JSON.parse does', () => {
    expect([...arrayMembers(utf8('{"\\u0069tems":[1]}')).keys()]).toEqual(['items']);
  });

  it('refuses what is not one object of arrays, saying where', () => {
    const refusals: [string, RegExp][] = [
      ['[1,2]', /expected '\{' at byte 0/],
      ['{"items":{}}', /member "items" is not an array/],
      ['{"items":[1,2}', /expected ',' or '\]'/],
      ['{"items":[1 2]}', /expected ',' or '\]'/],
      ['{"items":[1,]}', /expected a value/],
      ['{"items":[{"a":[1}]}', /never closed|expected/],
      ['{"items":["abc]}', /a string never ends/],
      ['{"items":[]} x', /unexpected text after the object/],
      ['{"items":[],"items":[]}', /member "items" appears twice/],
      ['{"items":[] "b":[]}', /expected ',' or '\}'/],
      ['{"items" []}', /expected ':'/],
      ['{items:[]}', /expected a member name/],
      ['', /expected '\{'/],
      ['{"items":[1]', /expected ',' or '\}'/],
    ];
    for (const [text, reason] of refusals) {
      expect(() => arrayMembers(utf8(text)), text).toThrow(JsonSpanError);
      expect(() => arrayMembers(utf8(text)), text).toThrow(reason);
    }
  });

  it('leaves a malformed element whole, for its own parse to refuse', () => {
    const text = '{"items":[tru,{"a":1}]}';
    const spans = arrayMembers(utf8(text)).get('items') ?? [];
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['tru', '{"a":1}']);
  });
});
