import { describe, expect, it } from 'vitest';
import type { RequestName } from '../../api/contract.js';
import { admit } from './request-gate.js';
import { TechnicianSession } from './technician-session.js';

function kiosk(inService = true, newCases = inService) {
  let now = 0;
  const session = new TechnicianSession(120_000, () => now);
  const facts = { session, takesCitizens: () => inService, takesNewCases: () => newCases };
  return {
    session,
    later: (ms: number) => (now += ms),
    refusal: (name: RequestName): string | undefined => {
      try {
        admit(name, facts);
        return undefined;
      } catch (error) {
        return (error as { code?: string }).code;
      }
    },
  };
}

describe('the core gate', () => {
  it('refuses every technician request but unlock without an unlocked session', () => {
    const { refusal } = kiosk();
    expect(refusal('technician.unlock')).toBeUndefined();
    for (const name of ['technician.state', 'technician.maintenance', 'technician.restart', 'technician.lock'] as const) {
      expect(refusal(name)).toBe('TECHNICIAN_LOCKED');
    }
  });

  it('admits technician requests while unlocked, until two minutes pass with none', () => {
    const { session, refusal, later } = kiosk();
    session.open();
    later(119_000);
    expect(refusal('technician.state')).toBeUndefined();
    later(119_000);
    expect(refusal('technician.state')).toBeUndefined();
    later(120_000);
    expect(refusal('technician.state')).toBe('TECHNICIAN_LOCKED');
    expect(refusal('technician.state')).toBe('TECHNICIAN_LOCKED');
  });

  it('locks technician mode when a citizen identifies', () => {
    const { session, refusal } = kiosk();
    session.open();
    expect(refusal('identity.read')).toBeUndefined();
    expect(refusal('technician.state')).toBe('TECHNICIAN_LOCKED');
  });

  it('refuses citizen requests while the terminal is not in service, but still answers its status', () => {
    const { refusal } = kiosk(false);
    expect(refusal('catalog.list')).toBe('OUT_OF_SERVICE');
    expect(refusal('identity.read')).toBe('OUT_OF_SERVICE');
    expect(refusal('kiosk.status')).toBeUndefined();
    expect(refusal('session.end')).toBeUndefined();
  });

  it('on a full disk refuses beginning or filing an application, and still answers queries and prints', () => {
    const { refusal } = kiosk(true, false);
    for (const name of ['form.get', 'form.check', 'materials.get', 'case.submit'] as const) expect(refusal(name)).toBe('OUT_OF_SERVICE');
    for (const name of ['identity.read', 'case.query', 'cases.mine', 'case.reprint', 'catalog.guide'] as const) expect(refusal(name)).toBeUndefined();
  });
});
