import { readdir, readFile } from 'node:fs/promises';
import type { Database, Queryable } from './database.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Thrown when the migrations on disk and the history in the database cannot be reconciled. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Beside the compiled .js too: the build copies the .sql files along. */
export const migrationsDir = new URL('./migrations/', import.meta.url);

const fileName = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/**
 * Every platform instance takes this advisory lock while it migrates, so several servers
 * started at once behind a balancer apply each migration once.
 */
const migrationLock = 0x746f6e67; // "tong"

const createHistory = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

export async function loadMigrations(dir: URL = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = fileName.exec(file);
    if (!match) throw new MigrationError(`migration file ${file} is not named NNN_name.sql`);
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version)) {
      throw new MigrationError(`two migration files have the number ${match[1]}`);
    }
    migrations.push({ version, name: match[2] ?? '', sql: await readFile(new URL(file, dir), 'utf8') });
  }
  return migrations;
}

async function readHistory(tx: Queryable): Promise<Map<number, string>> {
  const { rows } = await tx.query<{ version: number; name: string }>(
    'SELECT version, name FROM schema_migrations ORDER BY version',
  );
  return new Map(rows.map((r) => [r.version, r.name]));
}

/** A database migrated by newer code must not be run by this code: it would misread the schema. */
function refuseUnknown(history: Map<number, string>, known: readonly Migration[]): void {
  for (const [version, name] of history) {
    const mine = known.find((m) => m.version === version);
    if (!mine || mine.name !== name) {
      throw new MigrationError(
        `the database has migration ${version} (${name}) that this version of tongban does not know; ` +
          'run the newer tongban that migrated it, or restore a matching backup',
      );
    }
  }
}

async function lock(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
}

async function applyOne(tx: Queryable, migration: Migration): Promise<boolean> {
  await lock(tx);
  if ((await readHistory(tx)).has(migration.version)) return false;
  await tx.exec(migration.sql);
  await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
    migration.version,
    migration.name,
  ]);
  return true;
}

/**
 * Brings the schema up to date, each migration in its own transaction, in order.
 * Returns the versions applied by this call.
 */
export async function migrate(db: Database, migrations?: readonly Migration[]): Promise<number[]> {
  const known = migrations ?? (await loadMigrations());
  await db.transaction(async (tx) => {
    await lock(tx);
    await tx.exec(createHistory);
    refuseUnknown(await readHistory(tx), known);
  });
  const applied: number[] = [];
  for (const migration of known) {
    if (await db.transaction((tx) => applyOne(tx, migration))) applied.push(migration.version);
  }
  return applied;
}
