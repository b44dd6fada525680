import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Per-user by default (XDG), so a demo never needs root and never writes into the checkout. */
export function dataDir(given: string | undefined): string {
  if (given) return resolve(given);
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'tongban');
}
