import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { loadMigrations, migrate, MigrationError, type Migration } from './migrate.js';
import { openPglite } from './pglite.js';

const opened: Database[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function open(dataDir?: string): Promise<Database> {
  const db = await openPglite(dataDir);
  opened.push(db);
  return db;
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tongban-migrate-'));
  dirs.push(dir);
  return dir;
}

async function history(db: Database): Promise<Array<{ version: number; name: string }>> {
  const { rows } = await db.query<{ version: number; name: string }>(
    'SELECT version, name FROM schema_migrations ORDER BY version',
  );
  return rows;
}

/** What the shipped migrations record, and the first version free for a made-up one. */
async function shipped(): Promise<{ history: Array<{ version: number; name: string }>; next: number }> {
  const migrations = await loadMigrations();
  return { history: migrations.map(({ version, name }) => ({ version, name })), next: (migrations.at(-1)?.version ?? 0) + 1 };
}

async function tableExists(db: Database, name: string): Promise<boolean> {
  const { rows } = await db.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [name]);
  return rows[0]?.exists ?? false;
}

describe('migrate', () => {
  it('builds the schema from an empty database, and a second run does nothing', async () => {
    const db = await open();
    expect(await history(db)).toEqual((await shipped()).history);
    expect((await history(db))[0]).toEqual({ version: 1, name: 'init' });
    for (const table of ['enrollment_tokens', 'terminals', 'cases']) expect(await tableExists(db, table)).toBe(true);
    expect(await migrate(db)).toEqual([]);
  });

  it('applies new migrations in order and records each', async () => {
    const db = await open();
    const { history: known, next } = await shipped();
    const extra: Migration[] = [
      ...(await loadMigrations()),
      { version: next + 1, name: 'third', sql: 'ALTER TABLE second ADD COLUMN b int;' },
      { version: next, name: 'second', sql: 'CREATE TABLE second (a int);' },
    ].sort((a, b) => a.version - b.version);
    expect(await migrate(db, extra)).toEqual([next, next + 1]);
    expect((await history(db)).map((m) => m.version)).toEqual([...known.map((m) => m.version), next, next + 1]);
  });

  it('rolls back a migration that fails, leaving no trace of it', async () => {
    const db = await open();
    const { history: known, next } = await shipped();
    const broken = [...(await loadMigrations()), { version: next, name: 'broken', sql: 'CREATE TABLE half (a int); SELECT nope;' }];
    await expect(migrate(db, broken)).rejects.toThrow(/nope/);
    expect(await tableExists(db, 'half')).toBe(false);
    expect(await history(db)).toEqual(known);
  });

  it('refuses a database that has a migration this code does not know', async () => {
    const db = await open();
    await db.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'from_the_future')");
    await expect(migrate(db)).rejects.toThrow(MigrationError);
    await expect(migrate(db)).rejects.toThrow(/999 \(from_the_future\)/);
  });

  it('refuses to open such a database from disk', async () => {
    const dir = await tempDir();
    const db = await openPglite(dir);
    await db.query("INSERT INTO schema_migrations (version, name) VALUES ($1, 'newer')", [(await shipped()).next]);
    await db.close();
    await expect(openPglite(dir)).rejects.toThrow(MigrationError);
  });

  it('refuses a migration file not named NNN_name.sql', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'init.sql'), 'SELECT 1;');
    await expect(loadMigrations(pathToFileURL(`${dir}/`))).rejects.toThrow(/NNN_name\.sql/);
  });
});
