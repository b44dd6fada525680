import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';
import { migrate } from './migrate.js';

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(sql, [...params]);
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/**
 * The embedded platform database: in memory without a directory (tests, the demo), on disk
 * with one. Migrations run before it is handed out, so a caller never sees an old schema.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
  const db: Database = {
    ...queryable(pg),
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx))),
    close: () => pg.close(),
  };
  try {
    await migrate(db);
  } catch (err) {
    await pg.close();
    throw err;
  }
  return db;
}
