import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate.js';

describe('migration 022 (the remote call of a case)', () => {
  it('keeps the cases of a terminal that ran 021, with no call, and takes one on a new case', () => {
    const db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, loadMigrations().filter((m) => m.version <= 21));
    const insert = db.prepare(
      "INSERT INTO cases (id, case_number, item_code, item_name, accepted_at, applicant_name, applicant_id_number, answers, status) VALUES (?, ?, 'i', 'n', 'now', X'00', X'00', X'00', 'accepted_on_terminal')",
    );
    insert.run('before', 'WH0001202612030001X');
    migrate(db, loadMigrations().filter((m) => m.version <= 22));
    expect(db.prepare('SELECT id, remote_call_id AS call FROM cases').all()).toEqual([{ id: 'before', call: null }]);
    db.prepare("UPDATE cases SET remote_call_id = '0190c8f4-0000-7000-8000-000000000001' WHERE id = 'before'").run();
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
