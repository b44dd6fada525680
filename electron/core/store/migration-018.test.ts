import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate.js';

describe('migration 018 (item usage)', () => {
  it('gives a terminal that ran 017 an empty count of guides opened that refuses a count of none', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations().filter((m) => m.version <= 17));
    migrate(db);
    expect(db.prepare('SELECT count(*) AS n FROM guide_opens').get()).toEqual({ n: 0 });
    db.prepare("INSERT INTO guide_opens (item_code, opened) VALUES ('WH-GA-005', 1)").run();
    expect(() => db.prepare("INSERT INTO guide_opens (item_code, opened) VALUES ('WH-GA-006', 0)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO guide_opens (item_code, opened) VALUES ('WH-GA-005', 2)").run()).toThrow(/UNIQUE|PRIMARY/);
    db.close();
  });
});
