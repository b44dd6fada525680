import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate.js';

describe('migration 005 (events and materials in the outbox)', () => {
  it('keeps the waiting cases and dead letters of a terminal that ran 004', () => {
    const db = new BetterSqlite3(join(mkdtempSync(join(tmpdir(), 'tongban-m5-')), 'kiosk.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, loadMigrations().filter((m) => m.version <= 4));
    const at = '2026-11-20T01:00:00.000Z';
    const insertCase = db.prepare(
      "INSERT INTO cases (id, case_number, item_code, item_name, accepted_at, applicant_name, applicant_id_number, answers, status) VALUES (?, ?, 'X', 'X', ?, X'01', X'01', X'01', 'accepted_on_terminal')",
    );
    insertCase.run('c1', 'N1', at);
    insertCase.run('c2', 'N2', at);
    db.prepare("INSERT INTO outbox (id, case_id, created_at, attempts, next_attempt_at, last_error) VALUES ('o1', 'c1', ?, 3, ?, 'timeout')").run(at, at);
    db.prepare("INSERT INTO dead_letters (id, case_id, http_status, reason, attempts, created_at, failed_at) VALUES ('o2', 'c2', 400, 'bad', 1, ?, ?)").run(at, at);
    migrate(db);
    expect(db.prepare('SELECT id, case_id, event_id, chunk_id, attempts, last_error FROM outbox').all()).toEqual([
      { id: 'o1', case_id: 'c1', event_id: null, chunk_id: null, attempts: 3, last_error: 'timeout' },
    ]);
    expect(db.prepare('SELECT id, case_id, http_status FROM dead_letters').all()).toEqual([{ id: 'o2', case_id: 'c2', http_status: 400 }]);
    expect(() => db.prepare("INSERT INTO outbox (id, created_at, next_attempt_at) VALUES ('o3', ?, ?)").run(at, at)).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
