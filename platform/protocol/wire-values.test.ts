import { describe, expect, it } from 'vitest';
import { decimalParam, int4Max, wireCount, wireDate, wireText, wireTime } from './wire-values.js';

const passes = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('values on the wire', () => {
  it('text: any well-formed Unicode with tab and newline, but no lone surrogate or other control character', () => {
    for (const ok of ['张三', '第一行\n第二行\t完', '👍 emoji pair', '']) expect(passes(wireText, ok), ok).toBe(true);
    for (const bad of ['a\u0000b', 'a\ud800b', 'a\udc00', '\udc00\ud800', 'a\rb', 'a\u001bb', 'a\u007fb', 'a\u0085b']) expect(passes(wireText, bad), JSON.stringify(bad)).toBe(false);
  });

  it('times: ISO 8601 with offset, from 2000 to the end of 2100, in a zone within ±14:00', () => {
    for (const ok of ['2000-01-01T00:00:00Z', '2100-12-31T23:59:59.999Z', '2025-03-01T09:30:00+14:00', '2025-03-01T09:30:00-12:00']) expect(passes(wireTime, ok), ok).toBe(true);
    for (const bad of ['1999-12-31T23:59:59Z', '0000-01-01T00:00:00Z', '2101-01-01T00:00:00Z', '9999-12-31T23:59:59+23:59', '2025-03-01T09:30:00+15:00', '2025-02-30T00:00:00Z', '2025-03-01T09:30:00']) {
      expect(passes(wireTime, bad), bad).toBe(false);
    }
  });

  it('dates: real calendar days from 2000 to 2100', () => {
    for (const ok of ['2000-01-01', '2024-02-29', '2100-12-31']) expect(passes(wireDate, ok), ok).toBe(true);
    for (const bad of ['0000-01-01', '1999-12-31', '2101-01-01', '2025-02-29', '2025-13-01']) expect(passes(wireDate, bad), bad).toBe(false);
  });

  it('counts fit PostgreSQL integer', () => {
    expect(passes(wireCount, int4Max)).toBe(true);
    for (const bad of [-1, int4Max + 1, 2 ** 63, 1.5]) expect(passes(wireCount, bad), String(bad)).toBe(false);
  });

  it('numbers in paths and queries have one spelling', () => {
    const n = decimalParam(0, 255);
    expect(n.parse('0')).toBe(0);
    expect(n.parse('255')).toBe(255);
    for (const bad of ['', '0x0', ' 0', '0 ', '+0', '-0', '00', '01', '1e0', '0.0', '256', '99999999999']) expect(passes(n, bad), bad).toBe(false);
  });
});
