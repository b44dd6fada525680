import type { BrowserWindowConstructorOptions } from 'electron';
import { contentSecurityPolicy } from '../bridge/static-files.js';
import { lockDownContents } from './lockdown.js';
import { guardNavigation } from './navigation-guard.js';
import { lockPermissions } from './permissions.js';
import { reloadWhenGone } from './renderer-healing.js';
import type { ShellElectron, ShellWindow } from './shell-electron.js';

export interface KioskWindowOptions {
  /** The one page the window may show. */
  pageUrl: string;
  preload: string;
  /** Asked for by a developer; refused anyway when the app is packaged. */
  devTools: boolean;
  log: (line: string) => void;
}

/** Full screen with no way out, and the page kept from Node: the preload's two functions only. */
export function windowOptions(preload: string, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false, devTools },
  };
}

/**
 * The kiosk's window and every rule around it, set before the window exists so that no
 * webContents (the page, a devtools window, anything Chromium makes) escapes them.
 */
export function setUpKiosk(electron: ShellElectron, options: KioskWindowOptions): ShellWindow {
  const devTools = options.devTools && !electron.app.isPackaged;
  const session = electron.session.defaultSession;
  electron.Menu.setApplicationMenu(null);
  lockPermissions(session);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
  electron.app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, options.pageUrl);
    lockDownContents(contents, { devTools });
    reloadWhenGone(contents, options.log);
  });
  const window = new electron.BrowserWindow(windowOptions(options.preload, devTools));
  void window.loadURL(options.pageUrl);
  return window;
}
