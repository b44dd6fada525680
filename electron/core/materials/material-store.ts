import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { Vault } from '../store/vault.js';

/** Small enough for a bad line to carry in one try; the platform takes up to 256 KiB. */
export const defaultChunkBytes = 64 * 1024;

export interface NewMaterial {
  caseId: string;
  /** What the document is, e.g. 身份证复印件; not personal data. */
  name: string;
  bytes: Uint8Array;
}

/** One chunk as it goes up, opened from the vault for the upload only. */
export interface ChunkUpload {
  materialId: string;
  n: number;
  of: number;
  caseNumber: string;
  sha256: string;
  materialSha256: string;
  bytes: Buffer;
}

const sealContext = (chunkId: string) => `material_chunks.bytes:${chunkId}`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface ChunkRow {
  material_id: string;
  n: number;
  sha256: string;
  bytes: Buffer;
  chunk_count: number;
  material_sha256: string;
  case_number: string;
}

/**
 * Document images of cases. A material, its chunks (sealed) and one outbox row per chunk commit
 * together; each chunk then goes up on its own, so a lost line costs one chunk, not the image.
 */
export class MaterialStore {
  constructor(
    private readonly db: Database,
    private readonly vault: Vault,
  ) {}

  add(input: NewMaterial, now: Date = new Date(), chunkBytes = defaultChunkBytes): string {
    if (input.bytes.length === 0) throw new RangeError('a material has at least one byte');
    const id = uuidv7();
    const at = now.toISOString();
    const chunks = Array.from({ length: Math.ceil(input.bytes.length / chunkBytes) }, (_, n) => input.bytes.subarray(n * chunkBytes, (n + 1) * chunkBytes));
    const insertChunk = this.db.prepare('INSERT INTO material_chunks (id, material_id, n, sha256, bytes) VALUES (?, ?, ?, ?, ?)');
    const insertOutbox = this.db.prepare('INSERT INTO outbox (id, chunk_id, created_at, next_attempt_at) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO materials (id, case_id, name, chunk_count, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, input.caseId, input.name, chunks.length, sha256(input.bytes), at);
      chunks.forEach((chunk, n) => {
        const chunkId = uuidv7();
        insertChunk.run(chunkId, id, n, sha256(chunk), this.vault.sealBytes(chunk, sealContext(chunkId)));
        insertOutbox.run(uuidv7(), chunkId, at, at);
      });
    })();
    return id;
  }

  upload(chunkId: string): ChunkUpload {
    const row = this.db
      .prepare<[string], ChunkRow>(
        `SELECT c.material_id, c.n, c.sha256, c.bytes, m.chunk_count, m.sha256 AS material_sha256, k.case_number
           FROM material_chunks c JOIN materials m ON m.id = c.material_id JOIN cases k ON k.id = m.case_id WHERE c.id = ?`,
      )
      .get(chunkId);
    if (!row) throw new Error(`outbox points at material chunk ${chunkId}, which is not in the store`);
    return {
      materialId: row.material_id,
      n: row.n,
      of: row.chunk_count,
      caseNumber: row.case_number,
      sha256: row.sha256,
      materialSha256: row.material_sha256,
      bytes: this.vault.openBytes(row.bytes, sealContext(chunkId)),
    };
  }

  /** Whether the platform acknowledged every chunk of the material. */
  uploaded(materialId: string): boolean {
    const row = this.db
      .prepare<[string], { waiting: number }>(
        `SELECT count(*) AS waiting FROM material_chunks c JOIN outbox o ON o.chunk_id = c.id
          WHERE c.material_id = ? AND o.delivered_at IS NULL`,
      )
      .get(materialId);
    return row?.waiting === 0;
  }
}
