import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate.js';

describe('migration 015 (A4 results)', () => {
  it('keeps the jobs of a terminal that ran 014, their reprints too, and takes a result printed on the spot', () => {
    const db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, loadMigrations().filter((m) => m.version <= 14));
    const insert = (id: string, kind: string, reprintOf: string | null) =>
      db
        .prepare("INSERT INTO a4_jobs (id, kind, title, pdf, pages, sides, state, reprint_of, created_at, updated_at) VALUES (?, ?, 't', X'00', 1, 'one-sided', 'failed', ?, 'now', 'now')")
        .run(id, kind, reprintOf);
    insert('first', 'guide', null);
    insert('again', 'guide', 'first');
    expect(() => insert('early', 'result', null)).toThrow(/CHECK/);
    migrate(db, loadMigrations().filter((m) => m.version <= 15));
    expect(db.prepare('SELECT id, reprint_of AS reprintOf FROM a4_jobs ORDER BY id').all()).toEqual([
      { id: 'again', reprintOf: 'first' },
      { id: 'first', reprintOf: null },
    ]);
    insert('paper', 'result', null);
    expect(() => insert('odd', 'poster', null)).toThrow(/CHECK/);
    expect(() => insert('orphan', 'result', 'nowhere')).toThrow(/FOREIGN KEY/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
