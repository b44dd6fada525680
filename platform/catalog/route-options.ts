import type { Rollout } from '../protocol/catalog-rollout.js';
import type { CatalogTrust } from '../protocol/enroll.js';

/**
 * What an admin did to a catalog version, handed to the audit log (who, by the admin token or a
 * console session, is the caller's to add). Until the platform has its audit log, nothing takes it.
 */
export interface CatalogAdminAction {
  action: 'catalog.publish' | 'catalog.rollout' | 'catalog.pause' | 'catalog.continue' | 'catalog.rollback';
  version: number;
  rollout: Rollout;
  /** The client's address, as the request came in. */
  from: string;
}

/** What the catalog routes are given by the server. */
export interface CatalogRouteOptions {
  adminToken: string;
  /** The trust set terminals are given at enrollment: a bundle is checked against it before it is taken. */
  catalogTrust: CatalogTrust | undefined;
  /** Each publish, stage change, pause, continue and rollback, once done. */
  auditCatalogAction: (action: CatalogAdminAction) => Promise<void>;
}
