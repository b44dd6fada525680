import type { AdminGate } from '../accounts/gate.js';
import type { CatalogTrust } from '../protocol/enroll.js';

/** What the catalog routes are given by the server. */
export interface CatalogRouteOptions {
  /** Who may publish and move rollouts (catalog.publish), by console session or the admin token. */
  gate: AdminGate;
  /** The trust set terminals are given at enrollment: a bundle is checked against it before it is taken. */
  catalogTrust: CatalogTrust | undefined;
}
