import { regionCovers, regionPrefix } from '../../standards/region-code.js';
import type { Account, Role } from '../protocol/index.js';

/** Everything an account may be allowed or refused, named for what it does. */
export const actions = [
  'terminals.read',
  'terminals.revoke',
  'help_calls.read',
  'help_calls.answer',
  'commands.send',
  'config.change',
  'tokens.make',
  'tokens.revoke',
  'catalog.publish',
  'accounts.manage',
  'audit.read',
  'alerts.read',
  'alerts.acknowledge',
  'alerts.configure',
  'figures.read',
  'halls.manage',
  'payments.read',
  'payments.refund',
  'remote_calls.take',
] as const;
export type Action = (typeof actions)[number];

/**
 * What each role may do. An operator runs the fleet day to day (help calls, commands, config) but
 * touches no credential: revoking a terminal revokes its key, and tokens, catalog signing and
 * accounts all make or unmake trust. An auditor reads, including the audit log. A clerk (远程帮办)
 * takes remote calls from terminals of their region and does nothing else.
 */
const allowed: Record<Role, ReadonlySet<Action>> = {
  admin: new Set(actions),
  operator: new Set<Action>(['terminals.read', 'help_calls.read', 'help_calls.answer', 'commands.send', 'config.change', 'alerts.read', 'alerts.acknowledge', 'figures.read', 'halls.manage']),
  auditor: new Set<Action>(['terminals.read', 'help_calls.read', 'audit.read', 'alerts.read', 'figures.read', 'payments.read']),
  clerk: new Set<Action>(['remote_calls.take']),
};

/**
 * The one decision for every console and admin route, bearer token and cookie alike: the role
 * allows the action, and the thing acted on lies in the account's region or below it.
 */
export function may(account: Account, action: Action, regionCode: string): boolean {
  return allowed[account.role].has(action) && regionCovers(account.regionCode, regionCode);
}

/**
 * For lists filtered in SQL: a row is in the account's scope when its region code, padded to
 * twelve digits (`rpad(region_code, 12, '0')`), starts with this. The same rule as may().
 */
export function scopePrefix(account: Account): string {
  return regionPrefix(account.regionCode);
}
