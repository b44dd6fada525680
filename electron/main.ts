import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, safeStorage, session, utilityProcess, type WebContents } from 'electron';
import { failure, ipcChannels } from './api/envelope.js';
import { KioskError } from './api/kiosk-error.js';
import { parseRequest } from './api/validate.js';
import { bridgeErrors } from './bridge/bridge-errors.js';
import type { CoreChannel } from './bridge/core-connection.js';
import { CoreSupervisor } from './bridge/core-supervisor.js';
import { coreConfigSchema } from './core/config/core-config.js';
import { configForStart } from './core/config/enrolled-config.js';
import { startHost } from './host.js';
import { citizenPresentIn, startAppUpdates, updateSettingsFrom } from './shell/app-updates.js';
import { setUpKiosk } from './shell/kiosk-window.js';
import { capturesPage } from './shell/page-capture.js';
import { scheduleQuietRestart } from './shell/quiet-restart.js';
import { rendererJsFlags } from './shell/renderer-engine.js';
import { sealedStartConfig } from './shell/core-start-config.js';
import { shellFlags } from './shell/shell-flags.js';
import { watchCore } from './shell/systemd-watchdog.js';

/*
 * The Electron shell, and nothing more: a locked-down window, the store key sealed by the OS,
 * the core in a utilityProcess, and the bridge between them. Set by `tongban start`:
 * TONGBAN_CORE_CONFIG (JSON), TONGBAN_CORE_ENTRY, TONGBAN_RENDERER_DIR, and optionally
 * TONGBAN_UPDATE_FEED and TONGBAN_QUIET_HOUR (app updates and the nightly restart, both at the
 * quiet hour), and the developer's switches of shell/shell-flags.ts. The window's rules are in shell/.
 */
const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: start the kiosk with \`tongban start\``);
  return value;
};
const rendererDir = env('TONGBAN_RENDERER_DIR');
const pageUrl = pathToFileURL(join(rendererDir, 'index.html')).href;
const flags = shellFlags(process.env);
const log = (line: string) => process.stderr.write(`${line}\n`);

function spawnCore(): CoreChannel {
  const child = utilityProcess.fork(env('TONGBAN_CORE_ENTRY'), [], { serviceName: 'tongban-core', stdio: 'inherit' });
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', (code) => listener(code)),
    kill: () => void child.kill(),
  };
}

const launched = coreConfigSchema.parse(JSON.parse(env('TONGBAN_CORE_CONFIG')));

/** Only our own page may call the core: a frame from anywhere else gets nothing. */
function fromOurPage(sender: WebContents, frameUrl: string | undefined): boolean {
  return !sender.isDestroyed() && frameUrl === pageUrl;
}

async function run(): Promise<void> {
  // Before the first renderer starts; see renderer-engine.ts for why the page runs without a JIT.
  // Chromium hands --js-flags on to renderers, not to utility processes (the switches
  // content/browser/utility_process_host.cc copies): the core keeps its JIT.
  app.commandLine.appendSwitch('js-flags', rendererJsFlags);
  await app.whenReady();
  const core = new CoreSupervisor(spawnCore, () => sealedStartConfig(launched, safeStorage), log);
  await core.ready;
  ipcMain.handle(ipcChannels.invoke, async (event, name: unknown, payload: unknown) => {
    if (!fromOurPage(event.sender, event.senderFrame?.url)) return failure(bridgeErrors.unauthorized('not from the kiosk page'));
    try {
      const request = parseRequest(String(name), payload);
      // A4 paper goes from the core to the printer over IPP, as under the browser host: the shell only relays.
      return await core.invoke(request.name, request.payload);
    } catch (error) {
      if (error instanceof KioskError) return failure(error);
      throw error;
    }
  });
  const preload = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url));
  const window = setUpKiosk({ app, BrowserWindow, Menu, session }, { pageUrl, preload, devTools: flags.devTools, log });
  core.onEvent((event, payload) => window.webContents.send(ipcChannels.event, { event, payload }));
  core.showsScreenWith(capturesPage(window.webContents));
  const updates = updateSettingsFrom(process.env);
  if (app.isPackaged && updates) {
    const citizenPresent = async () => citizenPresentIn(await core.invoke('kiosk.status', {}));
    const pinnedCa = coreConfigSchema.parse(configForStart(launched)).platform.ca;
    void startAppUpdates({ ...updates, citizenPresent, log }, pinnedCa);
  }
  // Off unless asked for: under Electron nothing needs a port that any local process can knock on.
  const host = flags.httpHost ? await startHost({ core, rendererDir }) : undefined;
  if (host) process.stdout.write(`${host.url}\n`);
  const watchdog = watchCore(core, log);
  const stopQuietRestart = scheduleQuietRestart({ quietHour: flags.quietHour, requestedWithin: (ms) => core.requestedWithin(ms), restart: () => app.quit(), log });
  app.on('before-quit', () => {
    stopQuietRestart();
    watchdog.stop();
    void host?.close();
    void core.shutdown();
  });
}

run().catch((error: unknown) => {
  process.stderr.write(`tongban: ${error instanceof Error ? error.message : String(error)}\n`);
  app.exit(1);
});
