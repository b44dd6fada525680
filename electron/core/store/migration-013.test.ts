import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate.js';

describe('migration 013 (remote commands and config)', () => {
  it('gives a terminal that ran 012 no commands taken and remote config version 0', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations().filter((m) => m.version <= 12));
    migrate(db);
    expect(db.prepare('SELECT count(*) AS n FROM remote_commands').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT version, settings FROM remote_config').all()).toEqual([{ version: 0, settings: '{}' }]);
    // An acknowledged command without an outcome would say nothing to the operator.
    expect(() => db.prepare("INSERT INTO remote_commands (id, kind, received_at, acked_at) VALUES ('a', 'restart', 'now', 'now')").run()).toThrow(/CHECK/);
    expect(() => db.prepare('INSERT INTO remote_config (id) VALUES (2)').run()).toThrow(/CHECK/);
    db.close();
  });
});
