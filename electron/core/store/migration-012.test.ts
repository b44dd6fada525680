import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate.js';

const at = '2026-11-20T01:00:00.000Z';

/** A store as 011 left it: one case with its ID card from a certificate and one photographed licence. */
function storeAt011(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, loadMigrations().filter((m) => m.version <= 11));
  db.prepare(
    "INSERT INTO cases (id, case_number, item_code, item_name, accepted_at, applicant_name, applicant_id_number, answers, status) VALUES ('c1', 'N1', 'X', 'X', ?, X'01', X'01', X'01', 'accepted_on_terminal')",
  ).run(at);
  db.prepare("INSERT INTO materials (id, case_id, name, chunk_count, sha256, created_at) VALUES ('m1', 'c1', '营业执照', 1, 'aa', ?)").run(at);
  db.prepare("INSERT INTO case_materials (case_id, key, name, way, material_id, due_by) VALUES ('c1', 'licence', '营业执照', 'captured', 'm1', NULL)").run();
  db.prepare("INSERT INTO case_materials (case_id, key, name, way, material_id, due_by) VALUES ('c1', 'idCard', '身份证', 'certificate', NULL, NULL)").run();
  return db;
}

describe('migration 012 (pages of a photographed material)', () => {
  it('makes the photo of a case written before it page 1 of its material, and keeps every row', () => {
    const db = storeAt011();
    migrate(db);
    expect(db.prepare('SELECT key, way FROM case_materials ORDER BY key').all()).toEqual([
      { key: 'idCard', way: 'certificate' },
      { key: 'licence', way: 'captured' },
    ]);
    expect(db.prepare('SELECT case_id, key, page, material_id FROM case_material_pages').all()).toEqual([{ case_id: 'c1', key: 'licence', page: 1, material_id: 'm1' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses a page of a material the case does not have, and a page 0', () => {
    const db = storeAt011();
    migrate(db);
    expect(() => db.prepare("INSERT INTO case_material_pages (case_id, key, page, material_id) VALUES ('c1', 'lease', 1, 'm1')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO case_material_pages (case_id, key, page, material_id) VALUES ('c1', 'licence', 0, 'm1')").run()).toThrow(/CHECK/);
    db.close();
  });
});
