import { describe, expect, it } from 'vitest';
import type { ServiceState } from '../../api/lifecycle.js';
import { openCatalog } from '../catalog/open-catalog.js';
import { openStore } from '../store/open-store.js';
import { PlatformRefusedError, PlatformUnavailableError } from '../uplink/platform-client.js';
import { LifecycleRecord } from './lifecycle-record.js';
import { platformVerdictOf } from './platform-verdict.js';
import { TerminalLifecycle } from './terminal-lifecycle.js';

const db = openStore(':memory:');
const live = () => ({ demo: false, catalog: openCatalog(db, '420100', true), hours: undefined, now: new Date(), requiredDevices: [], deviceHealth: {} });

describe('the lifecycle kept in the store', () => {
  it('keeps maintenance and the platform verdict for the next start, and tells listeners of each change once', () => {
    const heard: ServiceState[] = [];
    const first = new TerminalLifecycle(new LifecycleRecord(db), live);
    first.onChange((state) => heard.push(state));
    first.setMaintenance(true);
    first.setMaintenance(true);
    const restarted = new TerminalLifecycle(new LifecycleRecord(db), live);
    expect(restarted.state()).toEqual({ state: 'maintenance' });
    restarted.learn('revoked');
    expect(new TerminalLifecycle(new LifecycleRecord(db), live).state()).toEqual({ state: 'outOfService', reason: 'revoked' });
    restarted.learn(undefined);
    restarted.setMaintenance(false);
    expect(restarted.state()).toEqual({ state: 'inService' });
    expect(heard).toEqual([{ state: 'maintenance' }]);
  });

  it('learns revoked and unknown only from the platform refusing the terminal itself', () => {
    expect(platformVerdictOf(new PlatformRefusedError(401, 'terminal_revoked: 终端已被停用 / this terminal was revoked by an admin', true))).toBe('revoked');
    expect(platformVerdictOf(new PlatformRefusedError(401, 'unknown_terminal: 终端未注册', true))).toBe('unknownTerminal');
    expect(platformVerdictOf(new PlatformRefusedError(401, 'clock_skew: 终端时钟偏差过大', true))).toBeUndefined();
    expect(platformVerdictOf(new PlatformRefusedError(401, 'no reason given', false))).toBeUndefined();
    expect(platformVerdictOf(new PlatformUnavailableError('ECONNREFUSED'))).toBeUndefined();
  });
});
