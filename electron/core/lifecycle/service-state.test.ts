import { describe, expect, it } from 'vitest';
import { openCatalog } from '../catalog/open-catalog.js';
import { openStore } from '../store/open-store.js';
import { serviceState, takesCitizens, takesNewCases, type LifecycleFacts } from './service-state.js';

const catalog = openCatalog(openStore(':memory:'), '420100', true);

// Wednesday 2026-12-02, 10:00 and 21:00 in the hall (Asia/Shanghai, UTC+8).
const morning = new Date('2026-12-02T02:00:00Z');
const evening = new Date('2026-12-02T13:00:00Z');
const hours = { opens: '08:30', closes: '20:00', days: [1, 2, 3, 4, 5] };

const inService: LifecycleFacts = {
  demo: false,
  catalog,
  maintenance: false,
  platformVerdict: undefined,
  hours: undefined,
  now: morning,
  requiredDevices: [],
  deviceHealth: {},
};

describe('the terminal lifecycle', () => {
  it('on a full disk takes citizens for queries but no new case, and a technician\'s maintenance outranks it', () => {
    expect(serviceState({ ...inService, diskFull: true })).toEqual({ state: 'diskFull' });
    expect(takesCitizens({ state: 'diskFull' })).toBe(true);
    expect(takesNewCases({ state: 'diskFull' })).toBe(false);
    expect(takesNewCases({ state: 'inService' })).toBe(true);
    expect(serviceState({ ...inService, diskFull: true, maintenance: true })).toEqual({ state: 'maintenance' });
  });

  it('serves citizens with a signed catalog, and the demo as a demo', () => {
    expect(serviceState(inService)).toEqual({ state: 'inService' });
    expect(serviceState({ ...inService, demo: true })).toEqual({ state: 'demo' });
    expect(takesCitizens({ state: 'demo' })).toBe(true);
  });

  it('is out of service without a trusted catalog', () => {
    expect(serviceState({ ...inService, catalog: undefined })).toEqual({ state: 'outOfService', reason: 'noTrustedCatalog' });
  });

  it('is out of service when a device the config requires does not work, and names it', () => {
    const facts = { ...inService, requiredDevices: ['printer'] as const, deviceHealth: { printer: { ok: false }, idcard: { ok: false } } };
    expect(serviceState(facts)).toEqual({ state: 'outOfService', reason: 'requiredDeviceMissing', devices: ['printer'] });
    // A device nobody requires, or one whose state is not known yet, does not stop the service.
    expect(serviceState({ ...inService, deviceHealth: { printer: { ok: false } } })).toEqual({ state: 'inService' });
    expect(serviceState({ ...inService, requiredDevices: ['printer'] })).toEqual({ state: 'inService' });
  });

  it('closes outside the hall hours, in the hall time zone, and on days it is shut', () => {
    expect(serviceState({ ...inService, hours })).toEqual({ state: 'inService' });
    expect(serviceState({ ...inService, hours, now: evening })).toEqual({ state: 'outOfHours' });
    expect(serviceState({ ...inService, hours, now: new Date('2026-12-06T02:00:00Z') })).toEqual({ state: 'outOfHours' });
    expect(serviceState({ ...inService, hours, now: new Date('2026-12-02T00:30:00Z') })).toEqual({ state: 'inService' });
    expect(serviceState({ ...inService, hours, now: new Date('2026-12-02T00:29:00Z') })).toEqual({ state: 'outOfHours' });
  });

  it('puts maintenance above faults and hours, and the platform verdict above all', () => {
    const everything = { ...inService, maintenance: true, catalog: undefined, hours, now: evening };
    expect(serviceState(everything)).toEqual({ state: 'maintenance' });
    expect(serviceState({ ...everything, platformVerdict: 'revoked' })).toEqual({ state: 'outOfService', reason: 'revoked' });
    expect(serviceState({ ...everything, platformVerdict: 'unknownTerminal' })).toEqual({ state: 'unenrolled' });
    expect(takesCitizens(serviceState(everything))).toBe(false);
  });
});
