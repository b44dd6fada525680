import pg from 'pg';
import type { Database, Queryable } from './database.js';
import { migrate } from './migrate.js';

export interface PostgresOptions {
  /** Connections this instance may hold; the server's max_connections is shared by every instance. */
  maxConnections?: number;
}

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query(sql, [...params]);
      return { rows: result.rows as T[] };
    },
    async exec(sql: string) {
      // Without parameters node-postgres uses the simple protocol, which runs a whole script.
      await target.query(sql);
    },
  };
}

async function inTransaction<T>(pool: pg.Pool, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(queryable(client));
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** LISTEN holds a connection of its own for as long as it listens; NOTIFY arrives on it alone. */
async function listenOn(pool: pg.Pool, channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
  const client = await pool.connect();
  client.on('notification', (message) => {
    if (message.channel === channel) onPayload(message.payload ?? '');
  });
  await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
  return async () => {
    await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
    client.release();
  };
}

/**
 * A PostgreSQL server through node-postgres: what production runs, several platform instances on
 * one database. Migrations run (under their advisory lock) before it is handed out.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db: Database = {
    ...queryable(pool),
    transaction: (fn) => inTransaction(pool, fn),
    listen: (channel, onPayload) => listenOn(pool, channel, onPayload),
    close: () => pool.end(),
  };
  try {
    await migrate(db);
  } catch (err) {
    await pool.end();
    throw err;
  }
  return db;
}
