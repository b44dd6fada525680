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
  materialId: string | null;
  dueBy: string | null;
}

interface MaterialUploadRow {
  key: string;
  name: string;
  way: CaseMaterial['way'];
  material_id: string | null;
  due_by: string | null;
}

/**
 * What the platform is told with the case about its materials and commitment. Catalog names,
 * dates and ids only: the images themselves go up in their own chunks. Nothing for a case without.
 */
export function materialsForUpload(db: Database, caseId: string): { materials?: CaseMaterial[]; commitment?: CaseCommitment } {
  const rows = db.prepare<[string], MaterialUploadRow>('SELECT key, name, way, material_id, due_by FROM case_materials WHERE case_id = ? ORDER BY key').all(caseId);
  const signed = db
    .prepare<[string], { text_sha256: string; signed_at: string; signature_material_id: string }>('SELECT text_sha256, signed_at, signature_material_id FROM case_commitments WHERE case_id = ?')
    .get(caseId);
  return {
    ...(rows.length > 0 ? { materials: rows.map((r) => ({ key: r.key, name: r.name, way: r.way, materialId: r.material_id, dueBy: r.due_by })) } : {}),
    ...(signed ? { commitment: { textSha256: signed.text_sha256, signedAt: signed.signed_at, signatureMaterialId: signed.signature_material_id } } : {}),
  };
}

/** The name the signature goes up under, beside the photos of the case. */
export const signatureMaterialName = '告知承诺书签名';

/**
 * Writes how each material of each case was satisfied, and the signed commitment. Called inside
 * the transaction that accepts the cases: a case is never on disk without its materials.
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
    const insert = this.db.prepare('INSERT INTO case_materials (case_id, key, name, way, material_id, due_by) VALUES (?, ?, ?, ?, ?, ?)');
    const rows = this.rowsByKey(input);
    input.items.forEach((item, i) => {
      const caseId = input.cases[i]?.id;
      if (!caseId) throw new Error('a case of the submission is missing');
      for (const { key } of item.materials) {
        const row = rows.get(key);
        if (row) insert.run(caseId, key, row.name, row.way, row.materialId, row.dueBy);
      }
    });
    this.writeCommitment(input);
  }

  private rowsByKey(input: CaseMaterialsInput): Map<string, MaterialRow> {
    const first = input.cases[0];
    if (!first) throw new Error('a submission accepted no case');
    const rows = new Map<string, MaterialRow>();
    for (const m of input.resolved.certified) rows.set(m.key, { name: m.name, way: 'certificate', materialId: null, dueBy: null });
    for (const { material, jpeg } of input.resolved.captured) {
      const materialId = this.images.add({ caseId: first.id, name: material.name, bytes: jpeg }, input.acceptedAt);
      rows.set(material.key, { name: material.name, way: 'captured', materialId, dueBy: null });
    }
    for (const { material, workingDays } of input.resolved.owed) {
      rows.set(material.key, { name: material.name, way: 'owed', materialId: null, dueBy: workingDaysAfter(input.acceptedAt, workingDays) });
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
