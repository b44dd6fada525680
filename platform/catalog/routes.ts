import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { requireAdmin } from '../http/admin-auth.js';
import { parseBody, rawBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import { catalogQuerySchema, catalogReportSchema, MalformedBundleError, splitBundle, type CatalogPublishReply } from '../protocol/catalog.js';
import { newestBundleFor, recordTerminalCatalog, saveBundle } from './store.js';

/** Bundles are larger than any other body; only this route takes them. */
export const maxBundleBytes = 64 * 1024 * 1024;

function parseBundle(bytes: Buffer) {
  try {
    return splitBundle(bytes);
  } catch (error) {
    if (error instanceof MalformedBundleError) throw new HttpError(400, 'bad_bundle', `不是有效的事项清单包 / not a catalog bundle: ${error.message}`);
    throw error;
  }
}

export async function catalogRoutes(app: FastifyInstance, db: Database, adminToken: string): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: maxBundleBytes }, (_request, body, done) => done(null, body));

    scope.post('/v1/admin/catalog', { bodyLimit: maxBundleBytes }, async (request): Promise<CatalogPublishReply> => {
      requireAdmin(request, adminToken);
      const bytes = rawBody(request);
      const { manifest } = parseBundle(bytes);
      await saveBundle(db, manifest, bytes);
      return { version: manifest.version, scope: manifest.scope, bytes: bytes.length };
    });

    // The terminal says which version it runs; that is recorded, and a bundle is sent only when newer.
    scope.get('/v1/catalog', async (request, reply) => {
      const terminal = await authenticateTerminal(db, request);
      const { installed } = parseInput(catalogQuerySchema, request.query, 'bad_query');
      await recordTerminalCatalog(db, terminal.id, { installedVersion: installed });
      const newest = await newestBundleFor(db, terminal.regionCode);
      if (!newest || newest.version <= installed) return reply.code(304).send();
      return reply.type('application/octet-stream').send(newest.bytes);
    });

    scope.post('/v1/catalog/report', async (request) => {
      const terminal = await authenticateTerminal(db, request);
      await recordTerminalCatalog(db, terminal.id, parseBody(catalogReportSchema, request));
      return { recorded: true };
    });
  });
}
