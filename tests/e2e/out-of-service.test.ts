// An enrolled terminal with no signed catalog, its real core and browser host, seen in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../electron/host.js';
import { startEnrolledKiosk } from '../support/enrolled-kiosk.js';
import { seriousAxeViolations } from './a11y-checks.js';
import { expectText, landscape, portrait, shootLayouts, useBrowser } from './harness.js';

describe('an enrolled terminal with no signed catalog', () => {
  const chromium = useBrowser();
  let host: RunningHost;
  beforeAll(async () => {
    host = await startEnrolledKiosk('out-of-service');
  });
  afterAll(async () => {
    await host?.close();
  });

  for (const viewport of [portrait, landscape]) {
    it(`shows only the out-of-service screen, in Chinese and English with 12345 (${viewport.width}×${viewport.height})`, async () => {
      const page = await chromium.newPage(viewport);
      await page.goto(host.url);
      const screen = page.getByTestId('out-of-service');
      await expectText(screen, '本终端暂停服务');
      const text = await screen.innerText();
      expect(text).toContain('This terminal is out of service');
      expect(text).toContain('12345');
      expect(await page.getByTestId('out-of-service-reason').innerText()).toMatch(/签名的事项清单[\s\S]*no signed item catalog/);
      expect(await page.getByTestId('home-apply').count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await shootLayouts(page, 'out-of-service', screen);
      await page.close();
    });
  }
});
