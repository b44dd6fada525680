import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate.js';

describe('migration 019 (case fees)', () => {
  it('keeps a payment begun before it as a notice, and gives cases a place for their fees', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations().filter((m) => m.version <= 18));
    db.prepare(`INSERT INTO payment_waits (idempotency_key, notice_number, started_at) VALUES ('k-0001', '42010025030100000017', '2026-12-02T10:00:00Z')`).run();
    migrate(db);
    expect(db.prepare('SELECT due FROM payment_waits').get()).toEqual({ due: 'notice:42010025030100000017' });
    expect(db.prepare(`SELECT count(*) AS n FROM pragma_table_info('cases') WHERE name = 'fees'`).get()).toEqual({ n: 1 });
    db.close();
  });
});
