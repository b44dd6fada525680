import { describe, expect, it } from 'vitest';
import type { Account, Role } from '../protocol/index.js';
import { actions, may, scopePrefix, type Action } from './may.js';

const wuhan = (role: Role): Account => ({ name: role, role, regionCode: '420100' });

/** Each role's answer for each action, in its own region (Wuhan). */
const table: Record<Action, Record<Role, boolean>> = {
  'terminals.read': { admin: true, operator: true, auditor: true, clerk: false },
  'terminals.revoke': { admin: true, operator: false, auditor: false, clerk: false },
  'help_calls.read': { admin: true, operator: true, auditor: true, clerk: false },
  'help_calls.answer': { admin: true, operator: true, auditor: false, clerk: false },
  'commands.send': { admin: true, operator: true, auditor: false, clerk: false },
  'config.change': { admin: true, operator: true, auditor: false, clerk: false },
  'tokens.make': { admin: true, operator: false, auditor: false, clerk: false },
  'tokens.revoke': { admin: true, operator: false, auditor: false, clerk: false },
  'catalog.publish': { admin: true, operator: false, auditor: false, clerk: false },
  'accounts.manage': { admin: true, operator: false, auditor: false, clerk: false },
  'audit.read': { admin: true, operator: false, auditor: true, clerk: false },
  'alerts.read': { admin: true, operator: true, auditor: true, clerk: false },
  'alerts.acknowledge': { admin: true, operator: true, auditor: false, clerk: false },
  'alerts.configure': { admin: true, operator: false, auditor: false, clerk: false },
  'figures.read': { admin: true, operator: true, auditor: true, clerk: false },
  'halls.manage': { admin: true, operator: true, auditor: false, clerk: false },
  'payments.read': { admin: true, operator: false, auditor: true, clerk: false },
  'payments.refund': { admin: true, operator: false, auditor: false, clerk: false },
  'remote_calls.take': { admin: true, operator: false, auditor: false, clerk: true },
};

describe('may', () => {
  it.each(actions.flatMap((action) => (['admin', 'operator', 'auditor', 'clerk'] as const).map((role) => [role, action, table[action][role]] as const)))(
    '%s may %s in their region: %s',
    (role, action, expected) => {
      expect(may(wuhan(role), action, '420102')).toBe(expected);
    },
  );

  it.each([
    ['420100', '420102', true],
    ['420100', '420102001001', true],
    ['420100', '420100', true],
    ['420100', '420000', false],
    ['420100', '420200', false],
    ['420102', '420103', false],
    ['420102', '420102003004', true],
    ['420102001000', '420102001005', true],
    ['420102001000', '420102002005', false],
    ['420102001000', '420102', false],
    ['420000', '429004', true],
    ['420000', '430102', false],
  ])('an admin of %s reaches region %s: %s', (scope, region, expected) => {
    expect(may({ name: 'a', role: 'admin', regionCode: scope }, 'terminals.revoke', region)).toBe(expected);
  });

  it('lists by the same prefix a single decision uses', () => {
    expect(scopePrefix({ name: 'a', role: 'auditor', regionCode: '420100' })).toBe('4201');
    expect(scopePrefix({ name: 'a', role: 'auditor', regionCode: '420102001000' })).toBe('420102001');
    expect(scopePrefix({ name: 'a', role: 'auditor', regionCode: '420000' })).toBe('42');
  });
});
