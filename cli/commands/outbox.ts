import BetterSqlite3 from 'better-sqlite3';
import { Outbox } from '../../electron/core/sync/outbox.js';
import { parse } from '../args.js';
import type { Command } from '../command.js';
import { dataDir, terminalStore } from '../data-dir.js';

const usage = 'tongban outbox [--data DIR]';

/**
 * What is waiting to go up, when the platform last took something, what it keeps failing (stuck:
 * still retried, to be looked at) and what it refused for good: JSON for the technician. Read-only, so it is safe beside a running kiosk; nothing here is sealed
 * personal data (reasons are the platform's, naming case numbers at most).
 */
function show(argv: string[]): Promise<void> {
  const { values } = parse(argv, { data: { type: 'string' } }, usage);
  const db = new BetterSqlite3(terminalStore(dataDir(values.data)), { readonly: true, fileMustExist: true });
  try {
    const queue = new Outbox(db);
    process.stdout.write(`${JSON.stringify({ ...queue.health(), stuck: queue.stuck(), deadLetters: queue.deadLetters() }, null, 2)}\n`);
  } finally {
    db.close();
  }
  return Promise.resolve();
}

export const outbox: Command = { usage, summary: 'what waits to go up, and what the platform refused', run: show };
