import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { makePrivateDir, makePrivateFile } from '../../../private-files/private-files.js';
import { migrate } from './migrate.js';

/**
 * What the WAL is cut back to after a checkpoint. SQLite checkpoints by itself every 1,000 pages
 * (4 MB) but keeps the file at the largest it ever was: one large write (a citizen's photographed
 * materials, a purge) would leave a WAL that size on disk for the months the terminal runs.
 */
export const walSizeLimitBytes = 16 * 1024 * 1024;

/**
 * Opens the kiosk's store: the one writer of the terminal's data. WAL so readers never block the
 * writer, synchronous=FULL so a case the citizen was told is accepted survives a power cut.
 */
export function openStore(path: string): Database {
  // SQLite gives its -wal and -shm files the database file's mode, so a 0600 file keeps all three private.
  if (path !== ':memory:') {
    makePrivateDir(dirname(path));
    makePrivateFile(path);
  }
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`journal_size_limit = ${walSizeLimitBytes}`);
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
