import { readdirSync, readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const migrationsDir = new URL('./migrations/', import.meta.url);

/** The numbered SQL files beside this module, in order: 001_init.sql, 002_..., ... */
export function loadMigrations(dir: URL = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file,
      sql: readFileSync(new URL(file, dir), 'utf8'),
    }));
}

export class UnknownMigrationError extends Error {
  constructor(version: number) {
    super(
      `数据库由更新版本的软件写入（迁移 ${version}），本版本无法安全打开 / ` +
        `the store has migration ${version}, which this version does not know: install the newer version or restore a backup`,
    );
    this.name = 'UnknownMigrationError';
  }
}

/**
 * Applies the migrations the store lacks, each in its own transaction, and refuses a store whose
 * history has a migration this code does not know: running old code on a newer schema corrupts.
 */
export function migrate(db: Database, migrations: Migration[] = loadMigrations()): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
  const applied = new Set(
    db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((row) => row.version),
  );
  const known = new Set(migrations.map((m) => m.version));
  for (const version of applied) if (!known.has(version)) throw new UnknownMigrationError(version);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const fresh = migrations.filter((m) => !applied.has(m.version));
  for (const migration of fresh) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
  }
  return fresh.map((m) => m.version);
}
