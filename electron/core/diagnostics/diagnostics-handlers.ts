import type { Handlers } from '../dispatch.js';
import type { Diagnostics } from './diagnostics.js';
import { runDeviceTest, type DeviceTestServices } from './device-tests.js';

/** The checks' requests; unlocking and the terminal's state are technician-handlers.ts's. */
type DiagnosticsRequest =
  | 'technician.sync'
  | 'technician.resendDeadLetter'
  | 'technician.catalog'
  | 'technician.rollBackCatalog'
  | 'technician.logs'
  | 'technician.exportLogs'
  | 'technician.network'
  | 'technician.devices'
  | 'technician.testDevice';

/** What technician mode's checks work with in the running kiosk. */
export interface DiagnosticsServices {
  diagnostics: Diagnostics;
  deviceTests: DeviceTestServices;
  /** The store's current catalog changed under the kiosk (a rollback): offer it from now on. */
  catalogChanged(): void;
  /** A dead letter is back in the outbox: send it now, not at the next idle round. */
  uploadNow(): void;
}

export function diagnosticsHandlers({ diagnostics, deviceTests, catalogChanged, uploadNow }: DiagnosticsServices): Pick<Handlers, DiagnosticsRequest> {
  return {
    'technician.sync': async () => diagnostics.sync(),
    'technician.resendDeadLetter': async ({ id }) => {
      diagnostics.resendDeadLetter(id);
      uploadNow();
      return { resent: true };
    },
    'technician.catalog': async () => diagnostics.catalog(),
    'technician.rollBackCatalog': async () => {
      const done = diagnostics.rollBackCatalog();
      catalogChanged();
      return done;
    },
    'technician.logs': async ({ lines }) => diagnostics.logs(lines),
    'technician.exportLogs': async ({ folder }) => diagnostics.exportLogs(folder),
    'technician.network': async () => ({ checks: await diagnostics.network() }),
    'technician.devices': async () => ({ checks: await diagnostics.devices() }),
    'technician.testDevice': ({ test }) => runDeviceTest(test, deviceTests, new Date()),
  };
}
