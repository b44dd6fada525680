import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, UnknownMigrationError } from './migrate.js';
import { openStore, walSizeLimitBytes } from './open-store.js';

const tempStore = () => join(mkdtempSync(join(tmpdir(), 'tongban-store-')), 'kiosk.sqlite');

describe('the kiosk store', () => {
  it('applies every numbered migration to an empty database, with the durable pragmas', () => {
    const db = openStore(tempStore());
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['cases', 'case_sequence', 'outbox', 'print_jobs', 'schema_migrations', 'terminal']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const versions = db.prepare<[], { version: number }>('SELECT version FROM schema_migrations ORDER BY version').all().map((r) => r.version);
    expect(versions).toEqual(loadMigrations().map((m) => m.version));
    db.close();
  });

  it('cuts its WAL back after a large write, so a terminal running for months keeps it bounded', () => {
    const path = tempStore();
    const db = openStore(path);
    db.exec('CREATE TABLE big (b BLOB)');
    const insert = db.prepare('INSERT INTO big VALUES (?)');
    // One write of twice the limit (many photographed materials at once), then ordinary ones.
    db.transaction(() => {
      for (let i = 0; i < 64; i++) insert.run(Buffer.alloc(512 * 1024, i));
    })();
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(walSizeLimitBytes);
    insert.run(Buffer.alloc(16));
    expect(statSync(`${path}-wal`).size).toBeLessThanOrEqual(walSizeLimitBytes);
    db.close();
  });

  it('is numbered without gaps, from 001', () => {
    const files = readdirSync(new URL('./migrations/', import.meta.url)).filter((f) => f.endsWith('.sql')).sort();
    expect(files.map((f) => Number(f.slice(0, 3)))).toEqual(files.map((_, i) => i + 1));
  });

  it('applies nothing twice when opened again', () => {
    const path = tempStore();
    openStore(path).close();
    const db = new BetterSqlite3(path);
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('refuses a store written by a newer version instead of corrupting it', () => {
    const path = tempStore();
    const db = openStore(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '999_future.sql', '2030-01-01')").run();
    db.close();
    expect(() => openStore(path)).toThrow(UnknownMigrationError);
  });

  it('rolls back a migration that fails half way, leaving the store as it was', () => {
    const db = new BetterSqlite3(':memory:');
    const broken = [...loadMigrations(), { version: 900, name: '900_broken.sql', sql: 'CREATE TABLE half (x); SELECT nonsense FROM nowhere;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: loadMigrations().length });
  });
});
