import type { ChildProcess } from 'node:child_process';
import { backoffDelay } from '../electron/core/sync/backoff.js';

/** A window that lived this long before it died was not failing to start. */
const steadyMs = 30_000;

export interface KeptOpen {
  /** The browser process now showing the page. */
  readonly current: ChildProcess;
  stop(): void;
}

/**
 * The kiosk's window process, kept open: Chromium (the browser host's counterpart of Electron's
 * reload on 'render-process-gone') or Electron itself, crashed, killed, closed or quit for the
 * quiet-hour restart, is opened on the page again, so the lobby never faces a desktop. One that
 * dies as soon as it starts (no display yet) is retried after a doubling wait.
 */
export function keepOpen(name: string, open: () => ChildProcess, log: (line: string) => void): KeptOpen {
  let current = open();
  let openedAt = Date.now();
  let quickDeaths = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const reopen = () => {
    timer = undefined;
    if (stopped) return;
    current = open();
    openedAt = Date.now();
    watch();
  };
  const watch = () =>
    current.once('exit', (code, signal) => {
      if (stopped) return;
      quickDeaths = Date.now() - openedAt < steadyMs ? quickDeaths + 1 : 0;
      const delay = quickDeaths < 2 ? 0 : backoffDelay(quickDeaths - 2, { baseMs: 1000, maxMs: 60_000 });
      log(`${name} ended (${signal ?? `code ${code}`}); opening the page again${delay ? ` in ${Math.round(delay / 1000)} s` : ''}`);
      timer = setTimeout(reopen, delay);
    });
  watch();
  return {
    get current() {
      return current;
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      current.kill('SIGTERM');
    },
  };
}
