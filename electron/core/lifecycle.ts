import { refusal } from '../api/errors.js';
import type { ServiceState } from '../api/values.js';
import type { Catalog } from './catalog/catalog.js';

/** What the lifecycle is decided from; only the catalog so far. */
export interface LifecycleFacts {
  demo: boolean;
  /** undefined: an enrolled terminal with no signed catalog installed yet. */
  catalog: Catalog | undefined;
}

export function serviceState(facts: LifecycleFacts): ServiceState {
  if (facts.demo) return { state: 'demo' };
  return facts.catalog ? { state: 'inService' } : { state: 'outOfService', reason: 'noTrustedCatalog' };
}

/** The hint is the technician's, in English on both sides: the citizen is sent elsewhere. */
const noTrustedCatalog = 'no trusted catalog installed on this terminal';
const outOfService = () =>
  refusal(
    'OUT_OF_SERVICE',
    { zh: '本终端暂停服务，请到服务窗口办理或拨打 12345', en: 'This terminal is out of service; please go to a service counter or call 12345' },
    { zh: noTrustedCatalog, en: noTrustedCatalog },
  );

/**
 * The catalog citizens may be offered. An enrolled terminal without a signed catalog refuses: the
 * built-in demo catalog's items are invented, and a case filed against one would reach a real
 * department.
 */
export function offeredCatalog(facts: LifecycleFacts): Catalog {
  if (!facts.catalog) throw outOfService();
  return facts.catalog;
}
