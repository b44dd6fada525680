import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { tiedToThisProcess } from '../../drivers/transport/tied-child.js';
import { CoreSupervisor } from '../../electron/bridge/core-supervisor.js';
import { forkCore } from '../../electron/bridge/fork-channel.js';
import type { CoreConfigInput } from '../../electron/core/config/core-config.js';
import { configForStart, isEnrolledFolder, readEnrolledConfig } from '../../electron/core/config/enrolled-config.js';
import { startHost } from '../../electron/host.js';
import { scheduleQuietRestart } from '../../electron/shell/quiet-restart.js';
import { shellFlags } from '../../electron/shell/shell-flags.js';
import { watchCore } from '../../electron/shell/systemd-watchdog.js';
import { dataDir } from '../data-dir.js';
import { startDemo } from '../demo/start-demo.js';
import { UsageError } from '../fail.js';
import { holdDataDir } from '../start-lock.js';
import { keepOpen } from '../keep-open.js';
import { coreEntry, electronMain, rendererDir } from '../paths.js';
import { chooseUi, openChromiumKiosk } from '../ui.js';
import { chromiumScreen } from '../chromium-screen.js';
import type { CaptureScreen } from '../../electron/bridge/screen-source.js';

export const usage = 'tongban start [--demo] [--browser] [--no-ui] [--data DIR]';

interface Running {
  url: string | undefined;
  coreConfig: CoreConfigInput;
  /** How the page is taken for a screenshot command, once a browser this process started shows it. */
  showsScreenWith(capture: CaptureScreen): void;
  close(): Promise<void>;
}

/** config.json is read again at each restart: what a technician set (a device's port) takes effect then. */
async function startConfigured(coreConfig: CoreConfigInput): Promise<Running> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const core = new CoreSupervisor(() => forkCore(coreEntry()), () => configForStart(coreConfig), log);
  await core.ready;
  const host = await startHost({ core, rendererDir: rendererDir() });
  // Under Electron its main process runs the core, and does both itself (electron/main.ts). The
  // quiet-hour restart ends this process as a service manager's stop would; systemd starts it again.
  const watchdog = watchCore(core, log);
  const stopQuietRestart = scheduleQuietRestart({
    quietHour: shellFlags(process.env).quietHour,
    requestedWithin: (ms) => core.requestedWithin(ms),
    restart: () => process.kill(process.pid, 'SIGTERM'),
    log,
  });
  return {
    url: host.url,
    coreConfig,
    showsScreenWith: (capture) => core.showsScreenWith(capture),
    close: async () => {
      stopQuietRestart();
      watchdog.stop();
      await host.close();
      await core.shutdown();
    },
  };
}

/** Electron runs the core itself (utilityProcess) and prints the kiosk's URL as the host does. */
function openElectron(binary: string, coreConfig: CoreConfigInput): ChildProcess {
  return spawn(...tiedToThisProcess(binary, [electronMain()]), {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, TONGBAN_CORE_CONFIG: JSON.stringify(coreConfig), TONGBAN_CORE_ENTRY: coreEntry(), TONGBAN_RENDERER_DIR: rendererDir() },
  });
}

/** With Electron, the shell runs the core; otherwise the browser host does, here. */
async function startShell(dir: string, configured: boolean, electron: boolean): Promise<Running> {
  if (configured) {
    const coreConfig = readEnrolledConfig(dir);
    return electron ? { url: undefined, coreConfig, showsScreenWith: () => undefined, close: async () => undefined } : startConfigured(coreConfig);
  }
  // A technician who meant to start an enrolled terminal must see at once that this is not it.
  process.stderr.write(`演示模式：${dir} 中没有已注册的终端 / running the demo: ${dir} holds no enrolled terminal (tongban enroll --platform URL --token TOKEN --data ${dir})\n`);
  const demo = await startDemo({ dataDir: join(dir, 'demo'), withCore: !electron, enrollInto: dir });
  return { url: demo.kioskUrl, coreConfig: demo.coreConfig, showsScreenWith: demo.showsScreenWith, close: demo.close };
}

export async function start(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { demo: { type: 'boolean' }, browser: { type: 'boolean' }, 'no-ui': { type: 'boolean' }, data: { type: 'string' } },
    strict: true,
  });
  const dir = dataDir(values.data);
  const configured = isEnrolledFolder(dir);
  if (values.demo && configured) throw new UsageError(`${dir} holds an enrolled terminal; use another --data for the demo (${usage})`);
  const choice = chooseUi({ browser: values.browser ?? false, ui: !values['no-ui'] });
  const release = holdDataDir(dir);
  process.once('exit', release);
  const running = await startShell(dir, configured, choice.kind === 'electron');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let ui: { stop(): void } | undefined;
  if (choice.kind === 'electron') ui = keepOpen('Electron', () => openElectron(choice.binary, running.coreConfig), log);
  else if (running.url) process.stdout.write(`${running.url}\n`);
  const url = running.url;
  if (choice.kind === 'chromium' && url) {
    const browser = keepOpen("the kiosk's browser", () => openChromiumKiosk(choice.binary, url, join(dir, 'chromium-profile')), log);
    running.showsScreenWith(chromiumScreen(() => browser.current, url));
    ui = browser;
  }
  if (choice.kind === 'none') process.stderr.write(`no window opened (${choice.why}); open the URL above in a browser\n`);
  await stopOnSignal(async () => {
    ui?.stop();
    await running.close();
  });
}

/** Ctrl+C (or a service manager's SIGTERM) stops every process this command started. */
function stopOnSignal(stop: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = () => {
      if (stopping) process.exit(130);
      stopping = true;
      process.stderr.write('stopping…\n');
      const force = setTimeout(() => process.exit(1), 8000);
      force.unref();
      void stop().then(resolve);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}
