import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { parseBody, rawBody } from '../http/body.js';
import { parseInput } from '../http/input.js';
import { rolloutParamsSchema, rolloutTargetSchema, type RollbackReply, type Rollout, type RolloutListReply, type RolloutReply } from '../protocol/catalog-rollout.js';
import { scopePrefix } from '../accounts/may.js';
import { adoptionOfRollout, rolloutSummaries } from './adoption.js';
import { checkBundle } from './check-bundle.js';
import { reachOf } from './reach.js';
import { rollBack } from './rollback.js';
import { findRollout, moveRollout, setRolloutState } from './rollout-store.js';
import type { CatalogRouteOptions } from './route-options.js';
import { auditCatalog } from './catalog-audit.js';
import type { AuditAction } from '../protocol/index.js';

const path = '/v1/admin/catalog/rollouts/:version';

/** Stage, pause, continue and roll back a published version; and how far it has got, terminal by terminal. */
export function rolloutRoutes(scope: FastifyInstance, db: Database, options: CatalogRouteOptions & { maxBundleBytes: number }): void {
  const versionOf = (request: FastifyRequest) => parseInput(rolloutParamsSchema, request.params, 'bad_version').version;
  /** Refused before anything changes; recorded once it has. */
  const acting = async (request: FastifyRequest, action: AuditAction, act: (version: number) => Promise<Rollout>) => {
    const actor = await options.gate.authorize(request, 'catalog.publish');
    const rollout = await act(versionOf(request));
    await auditCatalog(db, actor, action, rollout);
    return rollout;
  };

  // Adoption is counted among the terminals the account may see, as the fleet list shows them.
  scope.get('/v1/admin/catalog/rollouts', async (request): Promise<RolloutListReply> => {
    const { account } = await options.gate.authorize(request, 'terminals.read');
    return rolloutSummaries(db, scopePrefix(account));
  });

  scope.get(path, async (request): Promise<RolloutReply> => {
    const { account } = await options.gate.authorize(request, 'terminals.read');
    return adoptionOfRollout(db, await findRollout(db, versionOf(request)), scopePrefix(account));
  });

  scope.post(path, async (request): Promise<Rollout> =>
    acting(request, 'catalog.staged', async (version) => {
      const target = parseBody(rolloutTargetSchema, request);
      return moveRollout(db, version, await reachOf(db, target, (await findRollout(db, version)).terminals));
    }),
  );

  scope.post(`${path}/pause`, async (request): Promise<Rollout> => acting(request, 'catalog.paused', (version) => setRolloutState(db, version, 'paused')));

  scope.post(`${path}/continue`, async (request): Promise<Rollout> => acting(request, 'catalog.continued', (version) => setRolloutState(db, version, 'active')));

  // The body is the previous version's catalog signed again under a higher version: see rollBack.
  scope.post(`${path}/rollback`, { bodyLimit: options.maxBundleBytes }, async (request): Promise<RollbackReply> => {
    const actor = await options.gate.authorize(request, 'catalog.publish');
    const bytes = rawBody(request);
    const replacement = await checkBundle(db, bytes, options.catalogTrust, options.maxBundleBytes);
    const done = await rollBack(db, versionOf(request), replacement, bytes);
    await auditCatalog(db, actor, 'catalog.rolled_back', done.rollout);
    return done;
  });
}
