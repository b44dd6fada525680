import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreConfigSchema, type CoreConfigInput } from '../../electron/core/config/core-config.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { openKiosk } from '../../electron/core/open-kiosk.js';
import { startHost, type RunningHost } from '../../electron/host.js';
import { offlineEnrolledStore } from './offline-enrolled-store.js';

/** Today's ISO weekday in the hall (Asia/Shanghai), so hours can leave today out whenever the test runs. */
export function hallWeekday(): number {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', weekday: 'short' }).format(new Date());
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(day) + 1;
}

/**
 * A terminal enrolled earlier whose platform is unreachable (offline-enrolled-store.ts), its core
 * in this process behind the browser host, simulated devices; `config` adds to its configuration.
 */
export async function startEnrolledKiosk(name: string, config: Partial<CoreConfigInput> = {}): Promise<RunningHost> {
  const dir = mkdtempSync(join(tmpdir(), `tongban-e2e-${name}-`));
  offlineEnrolledStore(dir);
  const parsed = coreConfigSchema.parse({
    dataDir: dir,
    key: { kind: 'file', path: join(dir, 'store.key') },
    devices: { idcard: { kind: 'simulated' }, printer: { kind: 'simulated', paper: 80 } },
    ...config,
  });
  const kiosk = await openKiosk(parsed, () => undefined);
  const host = await startHost({
    rendererDir: join(process.cwd(), 'dist', 'renderer'),
    core: { invoke: (request, payload) => dispatch(kiosk.handlers, request, payload, () => undefined), onEvent: () => () => undefined },
  });
  return {
    ...host,
    close: async () => {
      await host.close();
      await kiosk.close();
    },
  };
}
