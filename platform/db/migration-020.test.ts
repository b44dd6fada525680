import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from './database.js';
import { loadMigrations, migrate } from './migrate.js';

const pg = new PGlite();
const on = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
  query: async <T>(sql: string, params: readonly unknown[] = []) => ({ rows: (await target.query<T>(sql, [...params])).rows }),
  exec: async (sql: string) => void (await target.exec(sql)),
});
/** A database at any migration: openPglite always takes it to the newest. */
const db: Database = { ...on(pg), transaction: (fn) => pg.transaction((tx) => fn(on(tx))), listen: (channel, onPayload) => pg.listen(channel, onPayload), close: () => pg.close() };
afterAll(() => db.close());

describe('platform migration 020 (远程帮办 on the record)', () => {
  it("moves the numbers the first version kept on the calls into callback requests, and drops the calls' column", async () => {
    const all = await loadMigrations();
    await migrate(db, all.filter((m) => m.version <= 19));
    await db.query("INSERT INTO terminals (id, code, name, hall_name, region_code, public_key) VALUES ('0190c8f4-0000-7000-8000-0000000000a1', 'WH0001', '1 号机', '江岸区政务服务中心', '420102', 'k')");
    const call = (id: string, phone: string | null) =>
      db.query(
        "INSERT INTO remote_calls (id, terminal_id, region_code, item_code, item_name, state, ended_by, callback_phone, ended_at) VALUES ($1, '0190c8f4-0000-7000-8000-0000000000a1', '420102', 'WH-RS-002', '社会保障卡补领', 'ended', 'unanswered', $2, '2026-12-02T10:00:00Z')",
        [id, phone],
      );
    await call('0190c8f4-0000-7000-8000-000000000001', '13800138000');
    await call('0190c8f4-0000-7000-8000-000000000002', null);
    await migrate(db, all);
    const { rows } = await db.query('SELECT id, call_id AS call, region_code AS region, item_name AS item, phone, asked_at AS "askedAt", taken_by AS "takenBy" FROM callback_requests');
    expect(rows).toEqual([
      { id: '0190c8f4-0000-7000-8000-000000000001', call: '0190c8f4-0000-7000-8000-000000000001', region: '420102', item: '社会保障卡补领', phone: '13800138000', askedAt: new Date('2026-12-02T10:00:00Z'), takenBy: null },
    ]);
    const { rows: columns } = await db.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'remote_calls' AND column_name = 'callback_phone'");
    expect(columns).toEqual([]);
  });
});
