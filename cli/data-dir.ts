import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from './fail.js';

/** Per-user by default (XDG), so a demo never needs root and never writes into the checkout. */
export function dataDir(given: string | undefined): string {
  if (given) return resolve(given);
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'tongban');
}

/**
 * The kiosk store of the terminal installed in `dir`. A technician's command on a wrong folder is
 * refused: opening the store there would make an empty one that looks like a terminal.
 */
export function terminalStore(dir: string): string {
  const path = join(dir, 'kiosk.sqlite');
  if (!existsSync(path)) {
    throw new UsageError(`${dir} holds no tongban terminal (no store); pass the data folder of an installed terminal / 该目录中没有通办终端，请指定已安装终端的数据目录`);
  }
  return path;
}

/**
 * Whether another process (a running kiosk) still has the store open, asked once our own
 * connection is closed: SQLite removes the write-ahead log when the last connection closes.
 */
export function storeOpenElsewhere(path: string): boolean {
  return existsSync(`${path}-wal`);
}
