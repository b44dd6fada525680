import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../accounts/gate.js';
import type { Database } from '../db/database.js';
import { parseBody, rawBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { rolloutParamsSchema, rolloutTargetSchema, type RecallReply, type RollbackReply, type Rollout, type RolloutListReply, type RolloutReply, type RolloutTarget } from '../protocol/catalog-rollout.js';
import { scopePrefix } from '../accounts/may.js';
import { regionCovers } from '../../standards/region-code.js';
import { adoptionOfRollout, rolloutSummaries } from './adoption.js';
import { checkBundle } from './check-bundle.js';
import { reachOf } from './reach.js';
import { recall } from './recall.js';
import { rollBack } from './rollback.js';
import { findRollout, moveRollout, setRolloutState } from './rollout-store.js';
import type { CatalogRouteOptions } from './route-options.js';
import { auditCatalog } from './catalog-audit.js';
import { requireScope } from './scope-check.js';
import { bundleScope } from './store.js';
import type { AuditAction } from '../protocol/index.js';

const path = '/v1/admin/catalog/rollouts/:version';

/** A region stage outside the bundle's scope would reach no terminal: said rather than done. */
function requireWithin(target: RolloutTarget, version: number, scope: string): void {
  if (target.regionCode === undefined || regionCovers(scope, target.regionCode)) return;
  throw new HttpError(422, 'region_outside_scope', `区域 ${target.regionCode} 不在版本 ${version} 的适用区域内 / region ${target.regionCode} lies outside version ${version}'s scope; no terminal there would take it`);
}

/** Stage, pause, continue and roll back a published version; and how far it has got, terminal by terminal. */
export function rolloutRoutes(scope: FastifyInstance, db: Database, options: CatalogRouteOptions & { maxBundleBytes: number }): void {
  /** An admin whose region covers the version's whole scope, the version, and that scope. */
  const onVersion = async (request: FastifyRequest): Promise<{ actor: Actor; version: number; bundle: string }> => {
    const actor = await options.gate.authorize(request, 'catalog.publish');
    const { version } = parseInput(rolloutParamsSchema, request.params, 'bad_version');
    const bundle = await bundleScope(db, version);
    requireScope(actor, version, bundle);
    return { actor, version, bundle };
  };
  /** Refused before anything changes; recorded once it has. */
  const acting = async (request: FastifyRequest, action: AuditAction, act: (version: number, bundle: string) => Promise<Rollout>) => {
    const { actor, version, bundle } = await onVersion(request);
    const rollout = await act(version, bundle);
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
    const { version } = parseInput(rolloutParamsSchema, request.params, 'bad_version');
    return adoptionOfRollout(db, await findRollout(db, version), scopePrefix(account));
  });

  scope.post(path, async (request): Promise<Rollout> =>
    acting(request, 'catalog.staged', async (version, bundle) => {
      const target = parseBody(rolloutTargetSchema, request);
      requireWithin(target, version, bundle);
      return moveRollout(db, version, await reachOf(db, target, (await findRollout(db, version)).terminals));
    }),
  );

  scope.post(`${path}/pause`, async (request): Promise<Rollout> => acting(request, 'catalog.paused', (version) => setRolloutState(db, version, 'paused')));

  scope.post(`${path}/continue`, async (request): Promise<Rollout> => acting(request, 'catalog.continued', (version) => setRolloutState(db, version, 'active')));

  // The console's rollback: no bundle, the terminals go back to the catalog each kept (see recall).
  scope.post(`${path}/recall`, async (request): Promise<RecallReply> => {
    const { actor, version } = await onVersion(request);
    return recall(db, version, actor);
  });

  // The body is the previous version's catalog signed again under a higher version: see rollBack.
  scope.post(`${path}/rollback`, { bodyLimit: options.maxBundleBytes }, async (request): Promise<RollbackReply> => {
    const { actor, version } = await onVersion(request);
    const bytes = rawBody(request);
    const replacement = await checkBundle(db, bytes, options.catalogTrust, options.maxBundleBytes);
    requireScope(actor, replacement.manifest.version, replacement.manifest.scope);
    const done = await rollBack(db, version, replacement, bytes);
    await auditCatalog(db, actor, 'catalog.rolled_back', done.rollout);
    return done;
  });
}
