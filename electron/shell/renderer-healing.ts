import type { ShellWebContents } from './shell-electron.js';

/**
 * A renderer that crashed, was killed (out of memory) or hangs is reloaded: an unattended kiosk
 * must come back to its home screen, not stay on Chromium's "Aw, Snap" page or a frozen one. A
 * hang is ended by crashing the renderer first, as Electron's documentation does it.
 */
export function reloadWhenGone(contents: ShellWebContents, log: (line: string) => void): void {
  contents.on('render-process-gone', (_event, details) => {
    if (contents.isDestroyed()) return;
    log(`renderer gone (${details.reason}, exit code ${details.exitCode}); reloading the page`);
    contents.reload();
  });
  contents.on('unresponsive', () => {
    if (contents.isDestroyed()) return;
    log('renderer unresponsive; restarting it');
    contents.forcefullyCrashRenderer();
    contents.reload();
  });
}
