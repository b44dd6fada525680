// `tongban start` in the browser host: a Chromium that dies is opened on the kiosk page again.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepOpen } from '../../cli/keep-open.js';
import { openChromiumKiosk } from '../../cli/ui.js';
import { chromiumPath } from '../e2e/harness.js';

/** The page's server: each visit of the page settles the promise waiting for it. */
function kioskPage() {
  const waiting: (() => void)[] = [];
  let visits = 0;
  const server = createServer((request, response) => {
    if (request.url === '/') {
      visits += 1;
      waiting.splice(0).forEach((resolve) => resolve());
    }
    response.end('<!doctype html><title>kiosk</title>');
  });
  return {
    server,
    get visits() {
      return visits;
    },
    nextVisit: () => new Promise<void>((resolve) => waiting.push(resolve)),
  };
}

describe('the browser host', { timeout: 30_000 }, () => {
  const page = kioskPage();
  let url = '';
  let binary = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => page.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(page.server.address() as AddressInfo).port}/`;
    // The kiosk's own Chromium command line, headless: this machine has no display. exec keeps
    // the pid, so killing the process kills Chromium itself.
    const dir = mkdtempSync(join(tmpdir(), 'tongban-reopen-'));
    binary = join(dir, 'chromium-headless');
    writeFileSync(binary, `#!/bin/sh\nexec ${chromiumPath} --headless=new --no-sandbox --disable-gpu "$@"\n`);
    chmodSync(binary, 0o755);
  });
  afterAll(() => new Promise<void>((resolve) => page.server.close(() => resolve())));

  it('opens the page again when Chromium is killed', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'tongban-reopen-profile-'));
    const lines: string[] = [];
    const opened = page.nextVisit();
    const browser = keepOpen("the kiosk's browser", () => openChromiumKiosk(binary, url, profile), (line) => lines.push(line));
    try {
      await opened;
      const first = browser.current;
      const reopened = page.nextVisit();
      first.kill('SIGKILL');
      await reopened;
      expect(browser.current).not.toBe(first);
      expect(page.visits).toBe(2);
      expect(lines).toEqual(["the kiosk's browser ended (SIGKILL); opening the page again"]);
    } finally {
      browser.stop();
    }
  });
});
