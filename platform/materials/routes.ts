import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { rawBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import { materialChunkParamsSchema, materialChunkQuerySchema, maxChunkBytes, type MaterialChunkReply } from '../protocol/materials.js';
import { ownsCaseNumber } from '../terminals/lookup.js';
import { putChunk } from './store.js';

const expected = 'expected /v1/materials/{uuidv7}/chunks/{n}?case=&of=&sha256=&material=';

/** Materials (document images) by chunk: hash-checked, resumable, idempotent. */
export function materialRoutes(app: FastifyInstance, db: Database): void {
  // Kept as the bytes received, like JSON bodies: the terminal signed those bytes.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: maxChunkBytes }, (_request, body, done) => {
    done(null, body);
  });
  app.put('/v1/materials/:id/chunks/:n', async (request): Promise<MaterialChunkReply> => {
    const terminal = await authenticateTerminal(db, request);
    const params = parseInput(materialChunkParamsSchema, request.params, 'bad_chunk_request', expected);
    const query = parseInput(materialChunkQuerySchema, request.query, 'bad_chunk_request', expected);
    if (!ownsCaseNumber(terminal, query.case)) {
      throw new HttpError(403, 'case_not_this_terminal', `材料所属办件不是本终端受理的 / case ${query.case} was not numbered by this terminal`);
    }
    const bytes = rawBody(request);
    if (bytes.length === 0) throw new HttpError(400, 'empty_chunk', 'a chunk has at least one byte');
    const upload = { terminalId: terminal.id, id: params.id, n: params.n, query, bytes };
    const complete = await db.transaction((tx) => putChunk(tx, upload));
    return { materialId: params.id, n: params.n, complete };
  });
}
