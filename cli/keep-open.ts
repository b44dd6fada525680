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
 * The browser host's counterpart of Electron's reload on 'render-process-gone': Chromium that
 * crashed, was killed or closed is opened on the page again, so the lobby never faces a desktop.
 * One that dies as soon as it starts (no display yet) is retried after a doubling wait.
 */
export function keepOpen(open: () => ChildProcess, log: (line: string) => void): KeptOpen {
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
      log(`the kiosk's browser ended (${signal ?? `code ${code}`}); opening the page again${delay ? ` in ${Math.round(delay / 1000)} s` : ''}`);
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
