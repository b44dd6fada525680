// 截图 from the console: the kiosk's own Chromium (as `tongban start --browser` opens it) takes its
// screen when nobody is at it, and refuses while a citizen's session is open.
import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { chromiumScreen, devToolsOf } from '../../cli/chromium-screen.js';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { openChromiumKiosk } from '../../cli/ui.js';
import { addAccount } from '../../platform/accounts/store.js';
import { ssim } from '../support/ssim.js';
import { seriousAxeViolations } from './a11y-checks.js';
import { chromiumPath, expectText, hostRequest, keepPicture, portrait, shoot, startBuiltDemo, useBrowser } from './harness.js';

const password = 'correct horse battery staple';
const desk = { width: 1440, height: 1000 } as const;

/** The kiosk's own Chromium command line, headless (this machine has no display) and the size of a portrait screen. */
function headlessChromium(): string {
  const binary = join(mkdtempSync(join(tmpdir(), 'tongban-shot-')), 'chromium-headless');
  writeFileSync(binary, `#!/bin/sh\nexec ${chromiumPath} --headless=new --no-sandbox --disable-gpu --hide-scrollbars --screen-info={${portrait.width}x${portrait.height}} "$@"\n`);
  chmodSync(binary, 0o755);
  return binary;
}

/** The home screen live, not only the HTML drawn at build time: the hall's name comes with the core's status. */
const hallName = '武汉市民之家';

/** Resolves once the kiosk's Chromium shows the live home screen, asked through its own DevTools pipe. */
async function onHomeScreen(browser: ChildProcess): Promise<void> {
  const devTools = devToolsOf(browser) ?? expect.unreachable('the kiosk browser has no DevTools pipe');
  const home = `document.fonts.status === 'loaded' && !!document.querySelector('[data-testid="home-help"]') && document.querySelector('.hall-name')?.textContent === '${hallName}'`;
  await vi.waitFor(
    async () => {
      const { targetInfos } = z.object({ targetInfos: z.array(z.object({ targetId: z.string(), type: z.string() })) }).parse(await devTools.send('Target.getTargets'));
      const page = targetInfos.find((t) => t.type === 'page') ?? expect.unreachable('no page yet');
      const { sessionId } = z.object({ sessionId: z.string() }).parse(await devTools.send('Target.attachToTarget', { targetId: page.targetId, flatten: true }));
      const shown = z.object({ result: z.object({ value: z.unknown() }) }).parse(await devTools.send('Runtime.evaluate', { expression: home, returnByValue: true }, sessionId));
      await devTools.send('Target.detachFromTarget', { sessionId });
      expect(shown.result.value).toBe(true);
    },
    { timeout: 30_000, interval: 200 },
  );
}

function grey(picture: PNG): Uint8Array {
  const out = new Uint8Array(picture.width * picture.height);
  for (let i = 0; i < out.length; i++) out[i] = Math.round(0.299 * (picture.data[i * 4] ?? 0) + 0.587 * (picture.data[i * 4 + 1] ?? 0) + 0.114 * (picture.data[i * 4 + 2] ?? 0));
  return out;
}

function spread(values: Uint8Array): number {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
}

describe('a screenshot of the kiosk screen, asked for in the console', { timeout: 120_000 }, () => {
  const chromium = useBrowser();
  let demo: RunningDemo;
  let kiosk: ChildProcess;
  let kioskUrl = '';
  let terminalId = '';

  beforeAll(async () => {
    demo = await startBuiltDemo('screenshot', undefined, true, { fleet: { heartbeatIntervalSeconds: 1, retentionDays: 30 } });
    kioskUrl = demo.kioskUrl ?? '';
    kiosk = openChromiumKiosk(headlessChromium(), kioskUrl, mkdtempSync(join(tmpdir(), 'tongban-shot-profile-')));
    demo.showsScreenWith(chromiumScreen(() => kiosk, kioskUrl));
    await addAccount(demo.platform.db, { name: 'zhao', role: 'operator', regionCode: '420100', password }, { name: 'e2e', sourceIp: null });
    await onHomeScreen(kiosk);
    terminalId = await vi.waitFor(async () => {
      const { rows } = await demo.platform.db.query<{ id: string }>('SELECT id FROM terminals');
      return rows[0]?.id ?? expect.unreachable('the demo terminal has not enrolled yet');
    });
  });
  afterAll(async () => {
    kiosk?.kill('SIGTERM');
    await demo?.close();
  });

  async function terminalPage(): Promise<Page> {
    const page = await chromium.newPage(desk);
    await page.goto(`${demo.platform.url}/console/terminal/${terminalId}`);
    await page.getByTestId('login-name').fill('zhao');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('screenshot-panel').waitFor();
    return page;
  }

  it('takes the home screen as it shows when nobody is at the terminal, and shows it on the terminal page', async () => {
    const page = await terminalPage();
    await page.getByTestId('screenshot-take').click();
    const state = page.getByTestId('screenshot-state');
    await expectText(state, '已截图并上传');
    expect(await state.getAttribute('data-state')).toBe('done');
    const image = page.getByTestId('screenshot-image');
    await image.waitFor();
    await expect.poll(() => image.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).complete && (img as unknown as { naturalWidth: number }).naturalWidth), { timeout: 20_000 }).toBe(portrait.width);
    await image.scrollIntoViewIfNeeded();
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'console-screenshot');

    // The picture the platform keeps, read as the console reads it (the operator's session).
    const src = (await image.getAttribute('src')) ?? '';
    const fetched = await page.request.get(`${demo.platform.url}${src}`);
    expect(fetched.headers()['content-type']).toBe('image/png');
    const bytes = await fetched.body();
    const kept = join(mkdtempSync(join(tmpdir(), 'tongban-shot-taken-')), 'taken.png');
    writeFileSync(kept, bytes);
    keepPicture(kept, 'kiosk-screenshot-taken');
    const shot = PNG.sync.read(bytes);
    expect([shot.width, shot.height]).toEqual([portrait.width, portrait.height]);
    const shotGrey = grey(shot);
    // Not a blank or one-colour frame: the home screen's text and buttons.
    expect(spread(shotGrey)).toBeGreaterThan(20);
    // And the home screen itself: beside the same page as Playwright renders it at that size.
    const reference = await chromium.newPage(portrait);
    await reference.goto(kioskUrl);
    await reference.getByTestId('home-help').waitFor();
    await expectText(reference.locator('.hall-name'), hallName);
    // Its fonts in and its entrance animations over, as they long were on the kiosk when it was taken.
    await reference.evaluate('document.fonts.ready.then(() => undefined)');
    const rendered = PNG.sync.read(await reference.screenshot({ animations: 'disabled' }));
    await shoot(reference, 'kiosk-screenshot-reference');
    const similar = ssim(shotGrey, grey(rendered), shot.width, shot.height);
    // 0.99 when measured; a different screen (a session's, an error page) falls far below.
    expect(similar).toBeGreaterThan(0.95);
    await reference.close();
    await page.close();
  });

  it('refuses while a citizen session is open, and keeps showing the last picture', async () => {
    const opened = await hostRequest(kioskUrl, 'identity.typed', { idNumber: '420103199003120029', name: '陈晓欣' });
    expect(opened.ok).toBe(true);
    try {
      const page = await terminalPage();
      await page.getByTestId('screenshot-take').click();
      const state = page.getByTestId('screenshot-state');
      await expectText(state, '有市民正在使用，未截图');
      expect(await state.getAttribute('data-state')).toBe('failed');
      await page.getByTestId('screenshot-image').scrollIntoViewIfNeeded();
      await shoot(page, 'console-screenshot-refused');
      await page.close();
    } finally {
      await hostRequest(kioskUrl, 'session.end', {});
    }
  });
});
