import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { rawBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import { materialChunkParamsSchema, materialChunkQuerySchema, maxChunkBytes, type MaterialChunkReply } from '../protocol/materials.js';
import { putChunk } from './store.js';

/** Materials (document images) by chunk: hash-checked, resumable, idempotent. */
export function materialRoutes(app: FastifyInstance, db: Database): void {
  // Kept as the bytes received, like JSON bodies: the terminal signed those bytes.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: maxChunkBytes }, (_request, body, done) => {
    done(null, body);
  });
  app.put('/v1/materials/:id/chunks/:n', async (request): Promise<MaterialChunkReply> => {
    const terminal = await authenticateTerminal(db, request);
    const params = materialChunkParamsSchema.safeParse(request.params);
    const query = materialChunkQuerySchema.safeParse(request.query);
    if (!params.success || !query.success) throw new HttpError(400, 'bad_chunk_request', 'expected /v1/materials/{uuidv7}/chunks/{n}?case=&of=&sha256=&material=');
    const bytes = rawBody(request);
    if (bytes.length === 0) throw new HttpError(400, 'empty_chunk', 'a chunk has at least one byte');
    const upload = { terminalId: terminal.id, id: params.data.id, n: params.data.n, query: query.data, bytes };
    const complete = await db.transaction((tx) => putChunk(tx, upload));
    return { materialId: params.data.id, n: params.data.n, complete };
  });
}
