import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import type { MaterialChunkQuery } from '../protocol/materials.js';

interface MaterialRow {
  terminal_id: string;
  case_number: string;
  chunk_count: number;
  sha256: string;
  completed_at: unknown;
}

/** Creates the material on its first chunk; every later chunk must describe it the same way. */
async function claimMaterial(tx: Queryable, terminalId: string, id: string, query: MaterialChunkQuery): Promise<MaterialRow> {
  await tx.query(
    `INSERT INTO materials (id, terminal_id, case_number, chunk_count, sha256) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO NOTHING`,
    [id, terminalId, query.case, query.of, query.material],
  );
  const { rows } = await tx.query<MaterialRow>('SELECT terminal_id, case_number, chunk_count, sha256, completed_at FROM materials WHERE id = $1 FOR UPDATE', [id]);
  const [row] = rows;
  const same = row && row.terminal_id === terminalId && row.case_number === query.case && row.chunk_count === query.of && row.sha256 === query.material;
  if (!row || !same) throw new HttpError(409, 'material_conflict', '材料编号已被另一份材料使用 / this material id describes another material');
  return row;
}

/** Stores the chunk unless the same one is there; a different chunk under the same number is refused. */
async function storeChunk(tx: Queryable, id: string, n: number, sha256: string, bytes: Buffer): Promise<void> {
  await tx.query('INSERT INTO material_chunks (material_id, n, sha256, bytes) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [id, n, sha256, bytes]);
  const { rows } = await tx.query<{ sha256: string }>('SELECT sha256 FROM material_chunks WHERE material_id = $1 AND n = $2', [id, n]);
  if (rows[0]?.sha256 !== sha256) throw new HttpError(409, 'chunk_conflict', `chunk ${n} was received before with other bytes`);
}

/** When the last chunk is in: the whole must hash as the terminal said, or the material is refused. */
async function completeIfWhole(tx: Queryable, id: string, material: MaterialRow): Promise<boolean> {
  if (material.completed_at) return true;
  const { rows } = await tx.query<{ bytes: Uint8Array }>('SELECT bytes FROM material_chunks WHERE material_id = $1 ORDER BY n', [id]);
  if (rows.length < material.chunk_count) return false;
  const whole = createHash('sha256');
  for (const row of rows) whole.update(row.bytes);
  if (whole.digest('hex') !== material.sha256) {
    throw new HttpError(422, 'material_hash_mismatch', '材料校验失败 / the chunks do not hash to the material sha256');
  }
  await tx.query('UPDATE materials SET completed_at = now() WHERE id = $1', [id]);
  return true;
}

export interface ChunkUpload {
  terminalId: string;
  id: string;
  n: number;
  query: MaterialChunkQuery;
  bytes: Buffer;
}

/** One chunk, idempotent: resending a chunk the platform holds changes nothing and is acknowledged. */
export async function putChunk(tx: Queryable, upload: ChunkUpload): Promise<boolean> {
  const { terminalId, id, n, query, bytes } = upload;
  if (n >= query.of) throw new HttpError(400, 'chunk_out_of_range', `chunk ${n} of a material of ${query.of} chunks`);
  if (createHash('sha256').update(bytes).digest('hex') !== query.sha256) {
    throw new HttpError(422, 'chunk_hash_mismatch', '材料分片校验失败 / the chunk does not match its sha256; send it again');
  }
  const material = await claimMaterial(tx, terminalId, id, query);
  await storeChunk(tx, id, n, query.sha256, bytes);
  return completeIfWhole(tx, id, material);
}
