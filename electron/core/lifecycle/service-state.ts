import { refusal } from '../../api/kiosk-error.js';
import type { RequirableDevice, ServiceHours, ServiceState } from '../../api/lifecycle.js';
import type { Catalog } from '../catalog/catalog.js';
import { withinHours } from './service-hours.js';

/** What the platform last said of this terminal's signed requests: refused as revoked, or unknown to it. */
export type PlatformVerdict = 'revoked' | 'unknownTerminal';

/** Everything the lifecycle is decided from, gathered at one moment. */
export interface LifecycleFacts {
  demo: boolean;
  /** undefined: an enrolled terminal with no signed catalog installed yet. */
  catalog: Catalog | undefined;
  /** Set by a technician; kept across restarts. */
  maintenance: boolean;
  platformVerdict: PlatformVerdict | undefined;
  /** undefined: open round the clock. */
  hours: ServiceHours | undefined;
  now: Date;
  requiredDevices: readonly RequirableDevice[];
  /** Per device, whether it works now; a device not known yet (its port still opening) is absent. */
  deviceHealth: Partial<Record<RequirableDevice, { ok: boolean }>>;
  /** The disk guard found no room even after purging; absent: not full. */
  diskFull?: boolean;
}

/**
 * The one decision of the terminal's state. The order is what a technician needs to hear first:
 * a revoked or forgotten terminal must be dealt with at the platform whatever else is true; a
 * technician's maintenance outranks faults they are likely fixing; a fault outranks closing time.
 */
export function serviceState(facts: LifecycleFacts): ServiceState {
  if (facts.platformVerdict === 'revoked') return { state: 'outOfService', reason: 'revoked' };
  if (facts.platformVerdict === 'unknownTerminal') return { state: 'unenrolled' };
  if (facts.maintenance) return { state: 'maintenance' };
  if (!facts.catalog) return { state: 'outOfService', reason: 'noTrustedCatalog' };
  const missing = facts.requiredDevices.filter((device) => facts.deviceHealth[device]?.ok === false);
  if (missing.length > 0) return { state: 'outOfService', reason: 'requiredDeviceMissing', devices: missing };
  if (facts.hours && !withinHours(facts.hours, facts.now)) return { state: 'outOfHours' };
  if (facts.diskFull) return { state: 'diskFull' };
  return facts.demo ? { state: 'demo' } : { state: 'inService' };
}

/** Whether citizens may be served in this state (diskFull: all but a new case). */
export function takesCitizens(state: ServiceState): boolean {
  return state.state === 'demo' || state.state === 'inService' || state.state === 'diskFull';
}

/** Whether a new case may be begun: not on a full disk, where it might not be written whole. */
export function takesNewCases(state: ServiceState): boolean {
  return state.state === 'demo' || state.state === 'inService';
}

/** What a citizen who starts an application on a full terminal is told. */
export const diskFullRefusal = refusal(
  'OUT_OF_SERVICE',
  { zh: '本终端存储空间已满，暂不受理新的申请；查询、打印照常', en: "This terminal's storage is full: it takes no new applications now; queries and printing still work" },
  { zh: '请到服务窗口办理或拨打 12345', en: 'Please go to a service counter or call 12345' },
);

/** The one refusal a citizen's request meets while the terminal takes no one; the screen shows why. */
export const notInService = refusal(
  'OUT_OF_SERVICE',
  { zh: '本终端暂停服务，请到服务窗口办理或拨打 12345', en: 'This terminal is out of service; please go to a service counter or call 12345' },
  { zh: '终端恢复服务后即可办理', en: 'You can use it again once it is back in service' },
);

/**
 * The catalog citizens may be offered. An enrolled terminal without a signed catalog refuses: the
 * built-in demo catalog's items are invented, and a case filed against one would reach a real
 * department.
 */
export function offeredCatalog(facts: Pick<LifecycleFacts, 'catalog'>): Catalog {
  if (!facts.catalog) throw notInService;
  return facts.catalog;
}
