import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { requireAdmin } from '../http/admin-auth.js';
import { parseBody, rawBody } from '../http/body.js';
import { parseInput } from '../http/input.js';
import { rolloutParamsSchema, rolloutTargetSchema, type RollbackReply, type Rollout, type RolloutReply } from '../protocol/catalog-rollout.js';
import { adoptionOfRollout } from './adoption.js';
import { checkBundle } from './check-bundle.js';
import { reachOf } from './reach.js';
import { rollBack } from './rollback.js';
import { findRollout, moveRollout, setRolloutState } from './rollout-store.js';
import type { CatalogAdminAction, CatalogRouteOptions } from './route-options.js';

const path = '/v1/admin/catalog/rollouts/:version';

/** Stage, pause, continue and roll back a published version; and how far it has got, terminal by terminal. */
export function rolloutRoutes(scope: FastifyInstance, db: Database, options: CatalogRouteOptions & { maxBundleBytes: number }): void {
  const versionOf = (request: FastifyRequest) => {
    requireAdmin(request, options.adminToken);
    return parseInput(rolloutParamsSchema, request.params, 'bad_version').version;
  };
  const audited = async (request: FastifyRequest, action: CatalogAdminAction['action'], rollout: Rollout) => {
    await options.auditCatalogAction({ action, version: rollout.version, rollout, from: request.ip });
    return rollout;
  };

  scope.get(path, async (request): Promise<RolloutReply> => adoptionOfRollout(db, await findRollout(db, versionOf(request))));

  scope.post(path, async (request): Promise<Rollout> => {
    const version = versionOf(request);
    const target = parseBody(rolloutTargetSchema, request);
    const reach = await reachOf(db, target, (await findRollout(db, version)).terminals);
    return audited(request, 'catalog.rollout', await moveRollout(db, version, reach));
  });

  scope.post(`${path}/pause`, async (request): Promise<Rollout> => audited(request, 'catalog.pause', await setRolloutState(db, versionOf(request), 'paused')));

  scope.post(`${path}/continue`, async (request): Promise<Rollout> => audited(request, 'catalog.continue', await setRolloutState(db, versionOf(request), 'active')));

  // The body is the previous version's catalog signed again under a higher version: see rollBack.
  scope.post(`${path}/rollback`, { bodyLimit: options.maxBundleBytes }, async (request): Promise<RollbackReply> => {
    const version = versionOf(request);
    const bytes = rawBody(request);
    const replacement = await checkBundle(db, bytes, options.catalogTrust, options.maxBundleBytes);
    const done = await rollBack(db, version, replacement, bytes);
    await audited(request, 'catalog.rollback', done.rollout);
    return done;
  });
}
