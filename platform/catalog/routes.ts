import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { parseBody, rawBody } from '../http/body.js';
import { parseInput } from '../http/input.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import { catalogQuerySchema, catalogReportSchema } from '../protocol/catalog.js';
import { publishQuerySchema, rolloutTargetSchema, type CatalogPublishReply, type RolloutTarget } from '../protocol/catalog-rollout.js';
import type { CatalogRouteOptions } from './route-options.js';
import { auditCatalog } from './catalog-audit.js';
import { checkBundle } from './check-bundle.js';
import { reachOf } from './reach.js';
import { bundleFor, startRollout } from './rollout-store.js';
import { rolloutRoutes } from './rollout-routes.js';
import { requireScope } from './scope-check.js';
import { recordTerminalCatalog, saveBundle } from './store.js';

/** Bundles are larger than any other body; only these routes take them. */
export const maxBundleBytes = 64 * 1024 * 1024;

/** Where a version published without a stage stands: offered to no terminal until an admin stages it. */
const held: RolloutTarget = { stage: 'canary', terminals: [] };

export async function catalogRoutes(app: FastifyInstance, db: Database, options: CatalogRouteOptions): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: maxBundleBytes }, (_request, body, done) => done(null, body));

    // Verified as a terminal would, then held (or staged, as the query says) until a rollout reaches terminals.
    scope.post('/v1/admin/catalog', { bodyLimit: maxBundleBytes }, async (request): Promise<CatalogPublishReply> => {
      const actor = await options.gate.authorize(request, 'catalog.publish');
      const query = parseInput(publishQuerySchema, request.query, 'bad_query');
      const bytes = rawBody(request);
      const { manifest } = await checkBundle(db, bytes, options.catalogTrust, maxBundleBytes);
      requireScope(actor, manifest.version, manifest.scope);
      const target = query.stage ? parseInput(rolloutTargetSchema, query, 'bad_query') : held;
      const reach = await reachOf(db, target);
      const rollout = await db.transaction(async (tx) => {
        await saveBundle(tx, manifest, bytes);
        const started = await startRollout(tx, manifest.version, reach);
        await auditCatalog(tx, actor, 'catalog.published', started);
        return started;
      });
      return { version: manifest.version, scope: manifest.scope, bytes: bytes.length, rollout };
    });

    // The terminal says which version it runs; that is recorded, and the version meant for it is sent only when newer.
    scope.get('/v1/catalog', async (request, reply) => {
      const terminal = await authenticateTerminal(db, request);
      const { installed } = parseInput(catalogQuerySchema, request.query, 'bad_query');
      await recordTerminalCatalog(db, terminal.id, { installedVersion: installed });
      const meant = await bundleFor(db, terminal);
      if (!meant || meant.version <= installed) return reply.code(304).send();
      return reply.type('application/octet-stream').send(meant.bytes);
    });

    scope.post('/v1/catalog/report', async (request) => {
      const terminal = await authenticateTerminal(db, request);
      await recordTerminalCatalog(db, terminal.id, parseBody(catalogReportSchema, request));
      return { recorded: true };
    });

    rolloutRoutes(scope, db, { ...options, maxBundleBytes });
  });
}
