import { parseArgs, type ParseArgsConfig } from 'node:util';
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

export function integer(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} must be a whole number, got "${value}"`);
  return n;
}

export function hostPort(value: string, flag: string): { host: string; port: number } {
  const match = /^(.+):(\d{1,5})$/.exec(value);
  if (!match?.[1] || !match[2]) throw new UsageError(`${flag} must be HOST:PORT, got "${value}"`);
  return { host: match[1], port: Number(match[2]) };
}

export function paper(value: string | undefined): 58 | 80 {
  if (value === undefined || value === '80') return 80;
  if (value === '58') return 58;
  throw new UsageError(`--paper must be 58 or 80, got "${value}"`);
}
