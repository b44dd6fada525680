import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { tiedToThisProcess } from '../drivers/transport/tied-child.js';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { rendererJsFlagsSwitch } from '../electron/shell/renderer-engine.js';

export type UiChoice = { kind: 'electron'; binary: string } | { kind: 'chromium'; binary: string } | { kind: 'none'; why: string };

function electronBinary(): string | undefined {
  try {
    const pkg = createRequire(import.meta.url).resolve('electron/package.json');
    const pathFile = join(dirname(pkg), 'path.txt');
    return existsSync(pathFile) ? (createRequire(import.meta.url)('electron') as string) : undefined;
  } catch {
    return undefined;
  }
}

function chromiumBinary(): string | undefined {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    const found = spawnSync('which', [name], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

/** Electron where its binary is installed, else the system's Chromium, else no window at all. */
export function chooseUi(options: { browser: boolean; ui: boolean }): UiChoice {
  if (!options.ui) return { kind: 'none', why: '--no-ui' };
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { kind: 'none', why: 'no display' };
  const electron = options.browser ? undefined : electronBinary();
  if (electron) return { kind: 'electron', binary: electron };
  const chromium = chromiumBinary();
  if (chromium) return { kind: 'chromium', binary: chromium };
  return { kind: 'none', why: 'neither Electron nor Chromium is installed' };
}

/**
 * Chromium as a kiosk: full screen, no browser UI, its own profile so no other tabs appear. The
 * DevTools protocol on fds 3 and 4 (--remote-debugging-pipe) is this process's alone: a screenshot
 * command takes the page through it (chromium-screen.ts).
 */
export function openChromiumKiosk(binary: string, url: string, profileDir: string): ChildProcess {
  return spawn(
    ...tiedToThisProcess(binary, [
      '--kiosk',
      `--app=${url}`,
      `--user-data-dir=${profileDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-translate',
      '--disable-features=Translate',
      '--overscroll-history-navigation=0',
      '--disable-pinch',
      '--remote-debugging-pipe',
      rendererJsFlagsSwitch,
    ]),
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
}
