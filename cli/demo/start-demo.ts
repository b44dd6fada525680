import { join } from 'node:path';
import { CoreSupervisor } from '../../electron/bridge/core-supervisor.js';
import { forkCore } from '../../electron/bridge/fork-channel.js';
import type { A4Target, CoreConfigInput } from '../../electron/core/config/core-config.js';
import type { FleetConfig } from '../../platform/fleet/heartbeats.js';
import { configForStart } from '../../electron/core/config/enrolled-config.js';
import { startHost, type RunningHost } from '../../electron/host.js';
import type { CaptureScreen } from '../../electron/bridge/screen-source.js';
import { coreEntry, rendererDir } from '../paths.js';
import { demoDevices, type DemoCards, type DemoDevices } from './demo-devices.js';
import { DemoPlatform } from './demo-platform.js';
import { demoProvinceKey } from './demo-province.js';

export interface DemoOptions {
  dataDir: string;
  /** Faster retries for tests; the defaults suit a lobby. */
  sync?: CoreConfigInput['sync'];
  log?: (line: string) => void;
  /** false: start the platform and devices only, for a shell (Electron) that runs its own core. */
  withCore?: boolean;
  cards?: DemoCards;
  /** An A4 printer over IPP (tests give ippeveprinter); none: guides and forms are saved as PDFs. */
  a4?: A4Target;
  /** How often the demo terminal beats (tests: often, to see a device's state arrive). */
  fleet?: FleetConfig;
  /**
   * The unenrolled terminal's own folder (`tongban start` on a folder with no config.json):
   * technician mode may enroll it from the screen, and the core's next start is that terminal.
   */
  enrollInto?: string;
  /** The disk guard's thresholds (tests: a disk that is always full). */
  disk?: CoreConfigInput['disk'];
}

export interface RunningDemo {
  /** The kiosk page, with this launch's token; absent when started without the core. */
  kioskUrl: string | undefined;
  platform: DemoPlatform;
  devices: DemoDevices;
  /** The stand-in province key's private half, to sign 鄂汇办 codes the demo takes. */
  appCodeKey: string;
  /** The config the core was started with, for a shell (Electron) that starts its own core. */
  coreConfig: CoreConfigInput;
  /** How the page is taken for a screenshot command (the Chromium `tongban start` opened); nothing without the core. */
  showsScreenWith(capture: CaptureScreen): void;
  close(): Promise<void>;
}

/**
 * Everything `npm start` needs on a fresh machine: an embedded platform, simulated devices, the
 * kiosk's core in its own process and the browser host. The terminal enrolls itself on first start.
 */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const platform = await DemoPlatform.open(options.dataDir, log, options.fleet);
  await platform.start();
  const devices = await demoDevices(options.dataDir, options.cards);
  const kioskDir = join(options.dataDir, 'kiosk');
  const province = demoProvinceKey(options.dataDir);
  const coreConfig: CoreConfigInput = {
    dataDir: kioskDir,
    key: { kind: 'file', path: join(kioskDir, 'store.key') },
    demo: true,
    enrollment: { platformUrl: platform.url, token: await platform.enrollmentToken() },
    devices: { idcard: devices.idcard, printer: devices.printer, scanner: devices.scanner, ...(options.a4 && { a4: options.a4 }) },
    appCode: { trust: [province.trust] },
    // A stand-in for the provincial app's case page, as the province key is a stand-in: the done
    // screen shows its 在手机上继续 code, which opens nothing real.
    phoneApp: { caseLink: 'https://ehb.example.invalid/case?no={caseNumber}' },
    sync: options.sync ?? {},
    ...(options.enrollInto !== undefined && { enrollInto: options.enrollInto }),
    ...(options.disk && { disk: options.disk }),
  };
  const closeDevices = async () => {
    await devices.close();
    await platform.close();
  };
  if (options.withCore === false) return { kioskUrl: undefined, platform, devices, appCodeKey: province.key, coreConfig, showsScreenWith: () => undefined, close: closeDevices };
  const core = new CoreSupervisor(() => forkCore(coreEntry()), () => configForStart(coreConfig), log);
  let host: RunningHost | undefined;
  const close = async () => {
    await host?.close();
    await core.shutdown();
    await closeDevices();
  };
  try {
    await core.ready;
    host = await startHost({ core, rendererDir: rendererDir() });
  } catch (error) {
    await close();
    throw error;
  }
  return { kioskUrl: host.url, platform, devices, appCodeKey: province.key, coreConfig, showsScreenWith: (capture) => core.showsScreenWith(capture), close };
}
