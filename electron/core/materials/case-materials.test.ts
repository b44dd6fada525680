import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore, type NewCase } from '../cases/case-store.js';
import { demoCatalog } from '../catalog/demo/demo-catalog.js';
import type { CatalogItem } from '../catalog/item.js';
import { openStore } from '../store/open-store.js';
import { Vault } from '../store/vault.js';
import { MaterialStore } from './material-store.js';
import { CaseMaterials, signatureMaterialName } from './case-materials.js';
import { checkCommitment, checkMaterials } from './check-materials.js';
import { commitmentOf, heldCertificates, materialsOf } from './material-plan.js';
import { materialFacts } from './receipt-facts.js';

function item(code: string): CatalogItem {
  const found = demoCatalog.items.find((i) => i.code === code);
  if (!found) throw new Error(`demo item ${code} missing`);
  return found;
}

const citizen = { cardType: 'resident', name: '陈晓欣', idNumber: '420102199003070010', source: 'card' } as const;
const applicant = { name: citizen.name, idNumber: citizen.idNumber };
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(150_000)]);
const backPage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(90_000)]);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2_000)]);
// Friday in Wuhan: ten working days later is two weeks on.
const acceptedAt = new Date('2026-11-27T02:00:00Z');

function fixture() {
  const db = openStore(join(mkdtempSync(join(tmpdir(), 'tongban-case-materials-')), 'kiosk.sqlite'));
  const vault = new Vault(randomBytes(32));
  return { db, cases: new CaseStore(db, vault), caseMaterials: new CaseMaterials(db, new MaterialStore(db, vault)) };
}

/** 污水排入排水管网许可: the ID card read here, the licence photographed (two pages), the grease trap owed, signed. */
function sewerSubmission() {
  const sewer = item('WH-SWJ-001');
  const resolved = checkMaterials(
    materialsOf([sewer]),
    [
      { key: 'material.idCard', way: 'certificate' },
      { key: 'material.businessLicense', way: 'captured', pagesJpegBase64: [jpeg.toString('base64'), backPage.toString('base64')] },
      { key: 'material.greaseTrap', way: 'owed' },
    ],
    heldCertificates(citizen, []),
  );
  const expected = commitmentOf([sewer]);
  const commitment = checkCommitment(expected, { textSha256: expected?.textSha256 ?? '', signaturePngBase64: png.toString('base64'), signedAt: acceptedAt.toISOString() });
  const input: NewCase = { itemCode: sewer.code, itemName: sewer.name, applicant, answers: {} };
  return { sewer, resolved, commitment, input, expected };
}

describe('a case’s materials and commitment, written with the case', () => {
  it('records how each material was satisfied, stores each page and the signature sealed, each chunk in the outbox', () => {
    const { db, cases, caseMaterials } = fixture();
    const { sewer, resolved, commitment, input, expected } = sewerSubmission();
    const [accepted] = cases.acceptAll([input], 'WH0001', acceptedAt, (made) => caseMaterials.write({ cases: made, items: [sewer], resolved, commitment, acceptedAt }));
    const caseId = accepted?.id ?? '';

    const rows = db.prepare('SELECT key, way, due_by FROM case_materials WHERE case_id = ? ORDER BY key').all(caseId);
    expect(rows).toEqual([
      { key: 'material.businessLicense', way: 'captured', due_by: null },
      { key: 'material.greaseTrap', way: 'owed', due_by: '2026-12-04' },
      { key: 'material.idCard', way: 'certificate', due_by: null },
    ]);
    // Each page its own image, in the order the citizen left them, named so a clerk can tell them apart.
    const pages = db
      .prepare<[string], { page: number; name: string; chunk_count: number }>('SELECT p.page, m.name, m.chunk_count FROM case_material_pages p JOIN materials m ON m.id = p.material_id WHERE p.case_id = ? ORDER BY p.page')
      .all(caseId);
    expect(pages).toEqual([
      { page: 1, name: '营业执照（第 1 页，共 2 页）', chunk_count: 3 },
      { page: 2, name: '营业执照（第 2 页，共 2 页）', chunk_count: 2 },
    ]);
    const images = db.prepare<[string], { name: string }>('SELECT name FROM materials WHERE case_id = ?').all(caseId);
    expect(images.map((m) => m.name).sort()).toEqual([signatureMaterialName, ...pages.map((p) => p.name)].sort());
    const chunks = db.prepare<[string], { bytes: Buffer }>('SELECT c.bytes FROM material_chunks c JOIN materials m ON m.id = c.material_id WHERE m.case_id = ?').all(caseId);
    expect(db.prepare('SELECT count(*) AS n FROM outbox WHERE chunk_id IS NOT NULL').get()).toEqual({ n: chunks.length });
    // Sealed at rest: neither the photo's nor the signature's bytes are readable in the store.
    for (const { bytes } of chunks) {
      expect(bytes.includes(png.subarray(0, 8))).toBe(false);
      expect(bytes.includes(jpeg.subarray(4, 40))).toBe(false);
      expect(bytes.includes(backPage.subarray(4, 40))).toBe(false);
    }
    const signed = db.prepare('SELECT text_sha256, signed_at FROM case_commitments WHERE case_id = ?').get(caseId);
    expect(signed).toEqual({ text_sha256: expected?.textSha256, signed_at: acceptedAt.toISOString() });

    // The platform is told with the case: which way each material went, the due date, the commitment.
    const upload = caseMaterials.forUpload(caseId);
    expect(upload.materials?.map((m) => [m.name, m.way, m.dueBy])).toEqual([
      ['营业执照', 'captured', null],
      ['隔油设施说明', 'owed', '2026-12-04'],
      ['居民身份证', 'certificate', null],
    ]);
    // Every page goes up in order; an older platform still finds page 1 where it always looked.
    const licence = upload.materials?.[0];
    const pageIds = db.prepare<[string], { material_id: string }>('SELECT material_id FROM case_material_pages WHERE case_id = ? ORDER BY page').all(caseId).map((p) => p.material_id);
    expect(licence?.pages).toEqual(pageIds);
    expect(licence?.materialId).toBe(pageIds[0]);
    expect(upload.materials?.[1]).not.toHaveProperty('pages');
    expect(upload.commitment).toMatchObject({ textSha256: expected?.textSha256, signedAt: acceptedAt.toISOString() });
  });

  it('tells the platform nothing more about a case without materials', () => {
    const { cases, caseMaterials } = fixture();
    const { input } = sewerSubmission();
    const upload = caseMaterials.forUpload(cases.accept(input, 'WH0001', acceptedAt).id);
    expect(upload).not.toHaveProperty('materials');
    expect(upload).not.toHaveProperty('commitment');
  });

  it('keeps nothing of the case when its materials cannot be written', () => {
    const { db, cases, caseMaterials } = fixture();
    const { sewer, resolved, commitment, input } = sewerSubmission();
    // Two items for one case: the second has no case to belong to, so the write fails midway.
    const write = () => cases.acceptAll([input], 'WH0001', acceptedAt, (made) => caseMaterials.write({ cases: made, items: [sewer, sewer], resolved, commitment, acceptedAt }));
    expect(write).toThrow();
    for (const table of ['cases', 'outbox', 'materials', 'material_chunks', 'case_materials', 'case_material_pages', 'case_commitments']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });

  it('stores a photo a 一件事 shares once, and each case lists it', () => {
    const { db, cases, caseMaterials } = fixture();
    const parts = [item('WH-RS-007'), item('WH-GJJ-001')];
    const resolved = checkMaterials(
      materialsOf(parts),
      [
        { key: 'material.idCard', way: 'captured', pagesJpegBase64: [jpeg.toString('base64')] },
        { key: 'material.personnelFile', way: 'owed' },
        { key: 'material.retirementProof', way: 'owed' },
      ],
      heldCertificates(citizen, []),
    );
    const inputs = parts.map((p) => ({ itemCode: p.code, itemName: p.name, applicant, answers: {} }));
    cases.acceptAll(inputs, 'WH0001', acceptedAt, (made) => caseMaterials.write({ cases: made, items: parts, resolved, commitment: undefined, acceptedAt }));
    expect(db.prepare("SELECT count(*) AS n FROM materials WHERE name = '居民身份证'").get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT count(DISTINCT case_id) AS n FROM case_materials WHERE key = 'material.idCard'").get()).toEqual({ n: 2 });
    expect(db.prepare("SELECT count(DISTINCT material_id) AS n FROM case_material_pages WHERE key = 'material.idCard'").get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM case_materials WHERE key = 'material.personnelFile'").get()).toEqual({ n: 1 });
  });

  it('tells the receipt what was received, and only that', () => {
    const { resolved, commitment } = sewerSubmission();
    expect(materialFacts(resolved, commitment)).toEqual({
      received: ['居民身份证（电子证照，免提交）', '营业执照（本机拍照 2 页）'],
      commitmentNote: '申请人已在本机阅读并签署告知承诺书',
    });
  });
});
