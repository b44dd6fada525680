import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate.js';

describe('migration 016 (what comes next, kept with the submission)', () => {
  it('keeps the submissions of a terminal that ran 015, with nothing said of what comes next', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations().filter((m) => m.version <= 15));
    db.prepare("INSERT INTO submissions (id, accepted_at) VALUES ('s1', '2026-12-02T08:00:00.000Z')").run();
    migrate(db);
    expect(db.prepare('SELECT id, next FROM submissions').all()).toEqual([{ id: 's1', next: null }]);
    db.close();
  });
});
