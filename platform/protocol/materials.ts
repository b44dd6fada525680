import { z } from 'zod';
import { caseNumberShape } from '../../standards/case-number.js';
import { decimalParam } from './wire-values.js';

const uuidV7 = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** Small enough to get through a bad village line in one try, large enough to keep requests few. */
export const maxChunkBytes = 256 * 1024;
/** A material of up to 64 MiB at the largest chunk size. */
export const maxChunks = 256;

export const materialChunkParamsSchema = z.object({ id: uuidV7, n: decimalParam(0, maxChunks - 1) }).strict();

/**
 * `PUT /v1/materials/{id}/chunks/{n}?case=..&of=..&sha256=..&material=..` with the chunk's bytes
 * as application/octet-stream. The query is covered by the request signature, so it cannot be
 * swapped; every chunk repeats the material's description, so any chunk may arrive first.
 */
export const materialChunkQuerySchema = z
  .object({
    case: z.string().regex(caseNumberShape),
    of: decimalParam(1, maxChunks),
    /** Of this chunk's bytes. */
    sha256: sha256Hex,
    /** Of the whole material: the chunks in order. */
    material: sha256Hex,
  })
  .strict();
export type MaterialChunkQuery = z.infer<typeof materialChunkQuerySchema>;

export const materialChunkReplySchema = z.object({ materialId: uuidV7, n: z.number().int(), complete: z.boolean() });
export type MaterialChunkReply = z.infer<typeof materialChunkReplySchema>;
