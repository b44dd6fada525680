import { existsSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Outbox } from '../../electron/core/sync/outbox.js';
import { parse } from '../args.js';
import { dataDir } from '../data-dir.js';
import { UsageError } from '../fail.js';

const usage = 'tongban outbox [--data DIR]';

/**
 * What is waiting to go up, when the platform last took something, what it keeps failing (stuck:
 * still retried, to be looked at) and what it refused for good: JSON for the technician. Read-only, so it is safe beside a running kiosk; nothing here is sealed
 * personal data (reasons are the platform's, naming case numbers at most).
 */
export async function outbox(argv: string[]): Promise<void> {
  const { values } = parse(argv, { data: { type: 'string' } }, usage);
  const path = join(dataDir(values.data), 'kiosk.sqlite');
  if (!existsSync(path)) throw new UsageError(`no kiosk store at ${path}: enroll this terminal first, or pass --data DIR`);
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const queue = new Outbox(db);
    process.stdout.write(`${JSON.stringify({ ...queue.health(), stuck: queue.stuck(), deadLetters: queue.deadLetters() }, null, 2)}\n`);
  } finally {
    db.close();
  }
}
