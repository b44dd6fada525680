import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openStore } from '../store/open-store.js';
import { Vault } from '../store/vault.js';
import { isValidCaseNumber } from '../../../standards/case-number.js';
import { caseUploadSchema } from '../../../platform/protocol/cases.js';
import { CaseStore, type NewCase } from './case-store.js';

const chen: NewCase = {
  itemCode: 'WH-RS-002',
  itemName: '社会保障卡补领',
  applicant: { name: '陈晓欣', idNumber: '420102199003070010' },
  answers: { 'delivery.method': 'post', 'applicant.name': '陈晓欣' },
};

function fixture() {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-cases-'));
  const db = openStore(join(dir, 'kiosk.sqlite'));
  const key = randomBytes(32);
  return { dir, db, key, cases: new CaseStore(db, new Vault(key)) };
}

describe('accepting a case', () => {
  it('commits the case and its outbox row together, numbered for this terminal and day', () => {
    const { db, cases } = fixture();
    const at = new Date('2026-11-23T02:00:00Z');
    const first = cases.accept(chen, 'WH0001', at);
    const second = cases.accept(chen, 'WH0001', at);
    expect(first.caseNumber).toMatch(/^WH00012026112300001/);
    expect(second.caseNumber).toMatch(/^WH00012026112300002/);
    expect(isValidCaseNumber(first.caseNumber)).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM outbox WHERE case_id = ?').get(first.id)).toEqual({ n: 1 });
  });

  it('counts the day in Beijing time, whatever the machine clock zone', () => {
    const { cases } = fixture();
    // 23:30 UTC on the 22nd is 07:30 on the 23rd in Wuhan.
    expect(cases.accept(chen, 'WH0001', new Date('2026-11-22T23:30:00Z')).caseNumber).toMatch(/^WH000120261123/);
  });

  it('keeps names, ID numbers and answers only as ciphertext on disk', () => {
    const { dir, db, cases } = fixture();
    const accepted = cases.accept(chen, 'WH0001');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    for (const file of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, file));
      expect(bytes.includes(Buffer.from('陈晓欣')), file).toBe(false);
      expect(bytes.includes(Buffer.from('420102199003070010')), file).toBe(false);
      expect(bytes.includes(Buffer.from('delivery.method')), file).toBe(false);
    }
    expect(accepted.caseNumber).toBeTruthy();
  });

  it('gives back the full case for upload', () => {
    const { cases } = fixture();
    const accepted = cases.accept(chen, 'WH0001');
    const upload = cases.upload(accepted.id);
    expect(upload.applicant).toEqual(chen.applicant);
    expect(upload.answers).toEqual(chen.answers);
  });

  it('uploads the catalog version the case was accepted under, and none for a case queued before it was kept', () => {
    const { db, cases } = fixture();
    const fee = { name: '补卡工本费', amountFen: 2000 };
    const under7 = cases.accept({ ...chen, fees: [fee], catalogVersion: 7 }, 'WH0001');
    expect(cases.upload(under7.id)).toMatchObject({ fees: [fee], catalogVersion: 7 });
    // A case accepted by the kiosk of before (its row has no version) goes up as it would have then.
    const before = cases.accept({ ...chen, fees: [fee] }, 'WH0001');
    db.prepare('UPDATE cases SET catalog_version = NULL WHERE id = ?').run(before.id);
    expect(cases.upload(before.id)).not.toHaveProperty('catalogVersion');
    expect(caseUploadSchema.safeParse(cases.upload(before.id)).success).toBe(true);
  });

  it('leaves nothing behind when the outbox row cannot be written', () => {
    const { db, cases } = fixture();
    db.exec("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect(() => cases.accept(chen, 'WH0001')).toThrow(/disk full/);
    expect(db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM case_sequence').get()).toEqual({ n: 0 });
  });
});

describe('accepting the cases of a 一件事', () => {
  const bundle: NewCase[] = ['WH-WJ-001', 'WH-GA-001', 'WH-YB-001'].map((itemCode) => ({ ...chen, itemCode, itemName: itemCode }));

  it('commits one case and one outbox row per item, numbered in order', () => {
    const { db, cases } = fixture();
    const accepted = cases.acceptAll(bundle, 'WH0001', new Date('2026-11-23T02:00:00Z'));
    expect(accepted.map((a) => a.caseNumber.slice(14, 19))).toEqual(['00001', '00002', '00003']);
    expect(db.prepare('SELECT item_code FROM cases ORDER BY case_number').all()).toEqual(bundle.map((c) => ({ item_code: c.itemCode })));
    expect(db.prepare('SELECT count(DISTINCT case_id) AS n FROM outbox').get()).toEqual({ n: 3 });
  });

  it('leaves none behind when the last one cannot be written', () => {
    const { db, cases } = fixture();
    db.exec("CREATE TRIGGER fail_third BEFORE INSERT ON cases WHEN NEW.item_code = 'WH-YB-001' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect(() => cases.acceptAll(bundle, 'WH0001')).toThrow(/disk full/);
    expect(db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM case_sequence').get()).toEqual({ n: 0 });
  });
});

describe('a submission asked again by its id', () => {
  const bundle: NewCase[] = ['WH-WJ-001', 'WH-GA-001'].map((itemCode) => ({ ...chen, itemCode, itemName: itemCode }));

  it('answers with the cases it committed, even from a reopened store, and commits nothing more', () => {
    const { dir, db, key, cases } = fixture();
    const id = randomUUID();
    const first = cases.acceptOnce(id, bundle, 'WH0001');
    expect(first.again).toBe(false);
    expect(cases.acceptOnce(id, bundle, 'WH0001')).toEqual({ accepted: first.accepted.map((a) => expect.objectContaining(a)), again: true });
    db.close();
    const reopened = openStore(join(dir, 'kiosk.sqlite'));
    const again = new CaseStore(reopened, new Vault(key)).acceptOnce(id, bundle, 'WH0001');
    expect(again.accepted.map((a) => a.caseNumber)).toEqual(first.accepted.map((a) => a.caseNumber));
    expect(reopened.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 2 });
    expect(reopened.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 2 });
  });

  it('leaves no trace of a submission whose cases could not be written, so its retry commits them', () => {
    const { db, cases } = fixture();
    const id = randomUUID();
    db.exec("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect(() => cases.acceptOnce(id, bundle, 'WH0001')).toThrow(/disk full/);
    db.exec('DROP TRIGGER fail_outbox');
    expect(cases.acceptOnce(id, bundle, 'WH0001')).toMatchObject({ again: false, accepted: [{}, {}] });
  });
});

describe("finding a citizen's own cases", () => {
  it('lists only that applicant, newest first, and none whose personal data was purged', () => {
    const { db, cases } = fixture();
    const other: NewCase = { ...chen, applicant: { name: '王芳', idNumber: '420106198512120028' } };
    const older = cases.accept(chen, 'WH0001', new Date('2026-11-20T02:00:00Z'));
    cases.accept(other, 'WH0001', new Date('2026-11-21T02:00:00Z'));
    const newer = cases.accept(chen, 'WH0001', new Date('2026-11-22T02:00:00Z'));
    const purged = cases.accept(chen, 'WH0001', new Date('2026-11-19T02:00:00Z'));
    db.prepare("UPDATE cases SET applicant_name = X'', applicant_id_number = X'', answers = X'', purged_at = ? WHERE id = ?").run('2026-11-23T00:00:00Z', purged.id);
    const found = cases.findByApplicant(chen.applicant.idNumber, 50).map((c) => c.caseNumber);
    expect(found).toEqual([newer.caseNumber, older.caseNumber]);
    expect(cases.findByApplicant(chen.applicant.idNumber, 1).map((c) => c.caseNumber)).toEqual([newer.caseNumber]);
  });

  it('walks the held cases newest first along an index, so a listing does not sort the whole store', () => {
    const { db, cases } = fixture();
    cases.accept(chen, 'WH0001', new Date('2026-11-20T02:00:00Z'));
    const prepare = vi.spyOn(db, 'prepare');
    cases.findByApplicant(chen.applicant.idNumber, 50);
    const sql = prepare.mock.calls.map(([text]) => text).find((text) => text.includes('FROM cases'));
    prepare.mockRestore();
    const plan = db.prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql ?? ''}`).all().map((row) => row.detail);
    // No "USE TEMP B-TREE FOR ORDER BY": the rows come in order and the walk stops at the last one shown.
    expect(plan).toEqual(['SCAN cases USING INDEX cases_held_newest']);
  });
});
