import { defaultScreen } from './remote/remote-settings.js';
import { describe, expect, it } from 'vitest';
import { demoCatalog } from '../../tests/support/kiosk-core.js';
import type { Catalog } from './catalog/catalog.js';
import { serviceState, type LifecycleFacts } from './lifecycle/service-state.js';
import { statusHandlers, type StatusServices } from './status-handlers.js';

/** An enrolled terminal's facts with nothing wrong but, perhaps, its catalog. */
const inService: LifecycleFacts = { demo: false, catalog: undefined, maintenance: false, platformVerdict: undefined, hours: undefined, now: new Date(), requiredDevices: [], deviceHealth: {} };

const syncHealth = { oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0, stuck: 0, clockSkewMs: null };

/** An enrolled terminal, offline with two uploads waiting, and no province key for 鄂汇办 codes. */
function terminal(catalog: Catalog | undefined, citizenAtScreen = false): StatusServices & { catalog: Catalog | undefined } {
  const services = {
    demo: false,
    catalog,
    lifecycle: { state: () => serviceState({ ...inService, catalog: services.catalog }) },
    serviceHours: undefined,
    terminal: { terminalName: '一楼大厅 1 号机', hallName: '江岸区政务服务中心' },
    idleSeconds: 90,
    sync: { status: () => ({ online: false, waitingUploads: 2, health: syncHealth }) },
    appCodes: { canCheck: false },
    session: { isOpen: () => citizenAtScreen },
    screen: defaultScreen,
    helpComing: null,
  };
  return services;
}

describe('the status the screen starts from', () => {
  it('says where the terminal stands, what waits to go up, and which sign-ins to offer', async () => {
    expect(await statusHandlers(terminal(demoCatalog))['kiosk.status']({})).toEqual({
      terminalName: '一楼大厅 1 号机',
      hallName: '江岸区政务服务中心',
      online: false,
      waitingUploads: 2,
      sync: syncHealth,
      demo: false,
      service: { state: 'inService' },
      serviceHours: null,
      idleSeconds: 90,
      appCodeSignIn: false,
      screen: defaultScreen,
      helpComing: null,
      citizenPresent: false,
    });
    expect((await statusHandlers(terminal(demoCatalog, true))['kiosk.status']({})).citizenPresent).toBe(true);
  });

  it('is out of service on an enrolled terminal with no trusted catalog, and in service once one is applied', async () => {
    const services = terminal(undefined);
    const { 'kiosk.status': status } = statusHandlers(services);
    expect((await status({})).service).toEqual({ state: 'outOfService', reason: 'noTrustedCatalog' });
    services.catalog = demoCatalog;
    expect((await status({})).service).toEqual({ state: 'inService' });
  });
});
