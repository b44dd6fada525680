import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate.js';

describe('migration 014 (A4 jobs)', () => {
  it('gives a terminal that ran 013 an empty A4 queue that refuses a job it could not print', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations().filter((m) => m.version <= 13));
    migrate(db);
    expect(db.prepare('SELECT count(*) AS n FROM a4_jobs').get()).toEqual({ n: 0 });
    const insert = (state: string, pages: number, sides: string) =>
      db
        .prepare("INSERT INTO a4_jobs (id, kind, title, pdf, pages, sides, state, created_at, updated_at) VALUES (?, 'guide', 't', X'00', ?, ?, ?, 'now', 'now')")
        .run(`${state}-${pages}-${sides}`, pages, sides, state);
    insert('queued', 2, 'two-sided-long-edge');
    expect(() => insert('lost', 1, 'one-sided')).toThrow(/CHECK/);
    expect(() => insert('queued', 0, 'one-sided')).toThrow(/CHECK/);
    expect(() => insert('queued', 1, 'three-sided')).toThrow(/CHECK/);
    db.close();
  });
});
