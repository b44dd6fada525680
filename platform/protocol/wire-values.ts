import { z } from 'zod';
import { hasControlCharacter, hasLoneSurrogate } from '../../standards/readable-text.js';

/**
 * What every value on the wire must be for the platform's database to store it. zod's plain
 * string, datetime and int let through values PostgreSQL refuses (NUL, lone surrogates, year 0,
 * offsets past ±15:59, integers past int4): such a request failed with a 500 on every retry. The
 * kiosk builds its requests with the same schemas, so it refuses these before sending.
 */

/** PostgreSQL's `integer`: counts and versions the platform stores in such columns. */
export const int4Max = 2_147_483_647;

/** Well-formed Unicode (no lone surrogate) without control characters but tab and newline. */
export const wireText = z
  .string()
  .refine((text) => !hasLoneSurrogate(text), '含无效字符 / not well-formed Unicode (a lone surrogate)')
  .refine((text) => !hasControlCharacter(text, 'lines'), '含控制字符 / contains a control character (only tab and newline are allowed)');

const earliest = Date.UTC(2000, 0, 1);
const latest = Date.UTC(2101, 0, 1);
/** Real zones lie within ±14:00; PostgreSQL refuses an offset past ±15:59. */
const maxOffsetMinutes = 14 * 60;

function offsetMinutes(time: string): number {
  const offset = /[+-](\d{2}):(\d{2})$/.exec(time);
  return offset ? Number(offset[1]) * 60 + Number(offset[2]) : 0;
}

function storableTime(time: string): boolean {
  const at = Date.parse(time);
  return at >= earliest && at < latest && offsetMinutes(time) <= maxOffsetMinutes;
}

/** An ISO 8601 time with its offset, in the years 2000 to 2100 and a zone that exists. */
export const wireTime = z.iso
  .datetime({ offset: true })
  .refine(storableTime, '时间超出范围 / a time between 2000 and 2100 with an offset within ±14:00');

/** A calendar date (YYYY-MM-DD) in the years 2000 to 2100. */
export const wireDate = z.iso
  .date()
  .refine((date) => date >= '2000-01-01' && date <= '2100-12-31', '日期超出范围 / a date between 2000 and 2100');

/** A whole number from 0 that fits the database's integer. */
export const wireCount = z.number().int().min(0).max(int4Max);

/**
 * A whole number written in a path or query: plain decimal digits only, so one number has one
 * spelling ("0x0", " 0", "+0", "00", "1e0" are not 0) and two requests for one chunk look alike.
 */
export function decimalParam(min: number, max: number) {
  return z
    .string()
    .regex(/^(0|[1-9]\d{0,9})$/, '应为十进制整数 / a decimal integer without sign, spaces or leading zeros')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}
