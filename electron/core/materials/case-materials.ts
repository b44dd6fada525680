import type { Database } from 'better-sqlite3';
import type { CaseCommitment, CaseMaterial } from '../../../platform/protocol/cases.js';
import type { AcceptedCase } from '../cases/case-store.js';
import type { CatalogItem } from '../catalog/item.js';
import type { MaterialStore } from './material-store.js';
import type { ResolvedMaterials, SignedCommitment } from './check-materials.js';
import { workingDaysAfter } from './working-days.js';

/** What the citizen handed in for each case of one submission. */
export interface CaseMaterialsInput {
  /** The accepted cases in the order of `items`: case i is for items[i]. */
  cases: readonly AcceptedCase[];
  items: readonly CatalogItem[];
  resolved: ResolvedMaterials;
  commitment: SignedCommitment | undefined;
  acceptedAt: Date;
}

interface MaterialRow {
  name: string;
  way: 'certificate' | 'captured' | 'owed';
  /** The stored image of each page, in order; none unless photographed. */
  pageIds: string[];
  dueBy: string | null;
}

interface MaterialUploadRow {
  key: string;
  name: string;
  way: CaseMaterial['way'];
  due_by: string | null;
  /** The page images' ids joined by commas, in page order; null for a material not photographed. */
  page_ids: string | null;
}

/** Old platforms read `materialId` (page 1); newer ones every page from `pages`. */
function uploadOf(row: MaterialUploadRow): CaseMaterial {
  const pages = row.page_ids?.split(',') ?? [];
  return { key: row.key, name: row.name, way: row.way, materialId: pages[0] ?? null, dueBy: row.due_by, ...(pages.length > 0 ? { pages } : {}) };
}

/**
 * What the platform is told with the case about its materials and commitment. Catalog names,
 * dates and ids only: the images themselves go up in their own chunks. Nothing for a case without.
 */
export function materialsForUpload(db: Database, caseId: string): { materials?: CaseMaterial[]; commitment?: CaseCommitment } {
  const rows = db
    .prepare<[string], MaterialUploadRow>(
      `SELECT m.key, m.name, m.way, m.due_by,
              (SELECT group_concat(material_id, ',') FROM (SELECT material_id FROM case_material_pages p WHERE p.case_id = m.case_id AND p.key = m.key ORDER BY page)) AS page_ids
         FROM case_materials m WHERE m.case_id = ? ORDER BY m.key`,
    )
    .all(caseId);
  const signed = db
    .prepare<[string], { text_sha256: string; signed_at: string; signature_material_id: string }>('SELECT text_sha256, signed_at, signature_material_id FROM case_commitments WHERE case_id = ?')
    .get(caseId);
  return {
    ...(rows.length > 0 ? { materials: rows.map(uploadOf) } : {}),
    ...(signed ? { commitment: { textSha256: signed.text_sha256, signedAt: signed.signed_at, signatureMaterialId: signed.signature_material_id } } : {}),
  };
}

/** The name a page goes up under: the material's own when it has one page, numbered when more. */
export function pageName(material: string, page: number, of: number): string {
  return of === 1 ? material : `${material}（第 ${page} 页，共 ${of} 页）`;
}

/** The name the signature goes up under, beside the photos of the case. */
export const signatureMaterialName = '告知承诺书签名';

/**
 * Writes how each material of each case was satisfied, and the signed commitment. Called inside
 * the transaction that accepts the cases: a case is never on disk without its materials.
 * Each page of a photographed material is its own sealed image, with its own chunks in the outbox.
 * A photo shared by several cases of a 一件事 is stored and uploaded once, with the first of them.
 */
export class CaseMaterials {
  constructor(
    private readonly db: Database,
    private readonly images: MaterialStore,
  ) {}

  /** How the case's materials were satisfied and its signed 告知承诺, as they go up beside it. */
  forUpload(caseId: string): ReturnType<typeof materialsForUpload> {
    return materialsForUpload(this.db, caseId);
  }

  write(input: CaseMaterialsInput): void {
    const insert = this.db.prepare('INSERT INTO case_materials (case_id, key, name, way, due_by) VALUES (?, ?, ?, ?, ?)');
    const insertPage = this.db.prepare('INSERT INTO case_material_pages (case_id, key, page, material_id) VALUES (?, ?, ?, ?)');
    const rows = this.rowsByKey(input);
    input.items.forEach((item, i) => {
      const caseId = input.cases[i]?.id;
      if (!caseId) throw new Error('a case of the submission is missing');
      for (const { key } of item.materials) {
        const row = rows.get(key);
        if (!row) continue;
        insert.run(caseId, key, row.name, row.way, row.dueBy);
        row.pageIds.forEach((materialId, n) => insertPage.run(caseId, key, n + 1, materialId));
      }
    });
    this.writeCommitment(input);
  }

  private rowsByKey(input: CaseMaterialsInput): Map<string, MaterialRow> {
    const first = input.cases[0];
    if (!first) throw new Error('a submission accepted no case');
    const rows = new Map<string, MaterialRow>();
    for (const m of input.resolved.certified) rows.set(m.key, { name: m.name, way: 'certificate', pageIds: [], dueBy: null });
    for (const { material, pages } of input.resolved.captured) {
      const pageIds = pages.map((bytes, n) => this.images.add({ caseId: first.id, name: pageName(material.name, n + 1, pages.length), bytes }, input.acceptedAt));
      rows.set(material.key, { name: material.name, way: 'captured', pageIds, dueBy: null });
    }
    for (const { material, workingDays } of input.resolved.owed) {
      rows.set(material.key, { name: material.name, way: 'owed', pageIds: [], dueBy: workingDaysAfter(input.acceptedAt, workingDays) });
    }
    return rows;
  }

  /** The signature is sealed and uploaded as a material; each case under the pledge points at it. */
  private writeCommitment({ cases, items, commitment, acceptedAt }: CaseMaterialsInput): void {
    const first = cases[0];
    if (!commitment || !first) return;
    const signatureId = this.images.add({ caseId: first.id, name: signatureMaterialName, bytes: commitment.png }, acceptedAt);
    const insert = this.db.prepare('INSERT INTO case_commitments (case_id, text_sha256, signed_at, signature_material_id) VALUES (?, ?, ?, ?)');
    items.forEach((item, i) => {
      const caseId = cases[i]?.id;
      if (caseId && item.notificationPledge.applies) insert.run(caseId, commitment.textSha256, commitment.signedAt, signatureId);
    });
  }
}
