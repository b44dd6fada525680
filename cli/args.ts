import { parseArgs, type ParseArgsConfig } from 'node:util';
import { baudRates } from '../electron/api/device-settings.js';
import { UsageError } from './fail.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with the command's usage line in every refusal. */
export function parse<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\nusage: ${usage}`);
  }
}

export function required(value: string | undefined, flag: string, usage: string): string {
  if (!value) throw new UsageError(`${flag} is required\nusage: ${usage}`);
  return value;
}

export interface Range {
  /** 0 unless given: most counts, ports and versions are never negative. */
  min?: number;
  max?: number;
}

function rangeInWords({ min = 0, max }: Range): string {
  return max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
}

/**
 * Every numeric option goes through here: digits only (no "1e3", "0x10", " 5" or ""), inside its
 * range, or one sentence saying what was expected; the fallback when the option is absent.
 */
export function integer(value: string | undefined, flag: string, fallback: number, range: Range = {}): number {
  if (value === undefined) return fallback;
  const { min = 0, max = Number.MAX_SAFE_INTEGER } = range;
  const n = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number ${rangeInWords(range)}, got "${value}"`);
  return n;
}


export function baudRate(value: string | undefined, flag = '--baud'): number {
  const n = integer(value, flag, 115200, { min: 1 });
  if (!(baudRates as readonly number[]).includes(n)) throw new UsageError(`${flag} must be one of ${baudRates.join(', ')}, got "${value ?? ''}"`);
  return n;
}

/** A TCP port to connect to; 0 only where the OS may choose (listeners), so it is allowed by `min`. */
export function tcpPort(value: string | undefined, flag: string, fallback: number, min = 1): number {
  return integer(value, flag, fallback, { min, max: 65535 });
}

export function hostPort(value: string, flag: string): { host: string; port: number } {
  const match = /^(.+):([^:]*)$/.exec(value);
  if (!match?.[1]) throw new UsageError(`${flag} must be HOST:PORT, got "${value}"`);
  return { host: match[1], port: tcpPort(match[2], `${flag}'s port`, 0) };
}

export function paper(value: string | undefined): 58 | 80 {
  if (value === undefined || value === '80') return 80;
  if (value === '58') return 58;
  throw new UsageError(`--paper must be 58 or 80, got "${value}"`);
}

/** One of a fixed set of words (a fault, a card), or a refusal that lists them all. */
export function oneOf<T extends string>(value: string, flag: string, known: readonly T[]): T {
  const found = known.find((word) => word === value);
  if (found === undefined) throw new UsageError(`${flag} must be one of ${known.join(', ')}; got "${value}"`);
  return found;
}

/** The entry a word names in a table (a card, a printer fault), or a refusal that lists the words. */
export function pick<V>(value: string, flag: string, table: Readonly<Record<string, V>>): V {
  const found = Object.hasOwn(table, value) ? table[value] : undefined;
  if (found === undefined) throw new UsageError(`${flag} must be one of ${Object.keys(table).join(', ')}; got "${value}"`);
  return found;
}

/** The address terminals (and phones) reach the platform at: http(s)://host[:port], no path. */
export function platformAddress(value: string, flag: string, usage: string): string {
  if (!/^https?:\/\/[^/\s]+\/?$/.test(value)) throw new UsageError(`${flag} must be an http(s):// address with no path, e.g. https://10.20.0.5:8443, not "${value}"\nusage: ${usage}`);
  return value.replace(/\/$/, '');
}
