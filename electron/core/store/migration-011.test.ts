import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate.js';

describe('migration 011 (technician access and the lifecycle)', () => {
  it('gives a terminal that ran 010 no PIN, no lockout and no maintenance, one row each', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations().filter((m) => m.version <= 10));
    migrate(db);
    expect(db.prepare('SELECT pin_hash, wrong_tries, locked_until FROM technician_access').all()).toEqual([{ pin_hash: null, wrong_tries: 0, locked_until: null }]);
    expect(db.prepare('SELECT maintenance, platform_verdict FROM lifecycle').all()).toEqual([{ maintenance: 0, platform_verdict: null }]);
    expect(() => db.prepare('INSERT INTO lifecycle (id) VALUES (2)').run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE lifecycle SET platform_verdict = 'maybe'").run()).toThrow(/CHECK/);
    // A hash without its salt and cost could never be checked: the store refuses it.
    expect(() => db.prepare("UPDATE technician_access SET pin_hash = X'00'").run()).toThrow(/CHECK/);
    db.close();
  });
});
