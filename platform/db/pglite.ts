import { PGlite, type Transaction } from '@electric-sql/pglite';
import { makePrivateDir, makeTreePrivate } from '../../private-files/private-files.js';
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
 *
 * PGlite writes its cluster 0666 whatever the umask, and rewrites a few files at each start, so
 * the folder is made private after it opens and again after it closes; what PostgreSQL itself
 * creates in between is 0600 already.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir !== undefined) makePrivateDir(dataDir);
  const pg = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
  const closeDir = dataDir === undefined ? () => undefined : () => makeTreePrivate(dataDir);
  closeDir();
  const db: Database = {
    ...queryable(pg),
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx))),
    listen: (channel, onPayload) => pg.listen(channel, onPayload),
    close: () => pg.close().then(closeDir),
  };
  try {
    await migrate(db);
  } catch (err) {
    await pg.close();
    throw err;
  }
  return db;
}
