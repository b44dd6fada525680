// An enrolled terminal with no signed catalog, its real core and browser host, seen in Chromium.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreConfigSchema } from '../../electron/core/config/core-config.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { openKiosk, type RunningKiosk } from '../../electron/core/open-kiosk.js';
import { startHost, type RunningHost } from '../../electron/host.js';
import { offlineEnrolledStore } from '../support/offline-enrolled-store.js';
import { seriousAxeViolations } from './a11y-checks.js';
import { expectText, landscape, portrait, shootLayouts, useBrowser } from './harness.js';

describe('an enrolled terminal with no signed catalog', () => {
  const chromium = useBrowser();
  let kiosk: RunningKiosk;
  let host: RunningHost;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-e2e-out-of-service-'));
    offlineEnrolledStore(dir);
    const config = coreConfigSchema.parse({
      dataDir: dir,
      key: { kind: 'file', path: join(dir, 'store.key') },
      devices: { idcard: { kind: 'simulated' }, printer: { kind: 'simulated', paper: 80 } },
    });
    kiosk = await openKiosk(config, () => undefined);
    host = await startHost({
      rendererDir: join(process.cwd(), 'dist', 'renderer'),
      core: { invoke: (name, payload) => dispatch(kiosk.handlers, name, payload, () => undefined), onEvent: () => () => undefined },
    });
  });
  afterAll(async () => {
    await host?.close();
    await kiosk?.close();
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
