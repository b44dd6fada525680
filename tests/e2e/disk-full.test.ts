import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { setPin, unlock } from '../support/technician-steps.js';
import { expectText, hostRequest, shootLayouts, startBuiltDemo, useBrowser } from './harness.js';

/**
 * A terminal whose disk the guard finds full whatever it purges (its thresholds set past any disk):
 * the home says so in both languages with 12345, an application is refused, a query is answered,
 * and technician mode says why.
 */
describe('a terminal with a full disk', () => {
  const chromium = useBrowser();
  let demo: RunningDemo | undefined;
  const url = () => demo?.kioskUrl ?? expect.fail('the demo starts in beforeAll');

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-e2e-disk-full-'));
    demo = await startBuiltDemo('disk-full', dir, true, { disk: { purgeBelowMb: 1024 ** 3, refuseBelowMb: 1024 ** 3 } });
  });
  afterAll(async () => {
    await demo?.close();
  });

  it('tells citizens no new application is taken, refuses one, and still answers a query', async () => {
    const page = await chromium.newPage();
    await page.goto(url());
    await expectText(page.getByTestId('disk-full-banner'), '本终端存储空间已满，暂不受理新的申请');
    await expectText(page.getByTestId('disk-full-banner'), 'call 12345');
    await page.getByTestId('home-apply').waitFor();
    await shootLayouts(page, 'disk-full-home');
    expect(await hostRequest(url(), 'form.get', { itemCode: 'WH-RS-001' })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SERVICE', message: expect.stringContaining('存储空间已满') as string } });
    expect(await hostRequest(url(), 'case.query', { caseNumber: 'WH000120261201000011' })).not.toMatchObject({ error: { code: 'OUT_OF_SERVICE' } });
    await page.close();
  });

  it('says why in technician mode', async () => {
    setPin(demo?.coreConfig.dataDir ?? '');
    const page = await chromium.newPage();
    await page.goto(url());
    await unlock(page);
    expect(await page.getByTestId('technician-service-state').getAttribute('data-state')).toBe('diskFull');
    await expectText(page.getByTestId('technician-service-state'), 'Disk full');
    await shootLayouts(page, 'disk-full-technician');
    await page.close();
  });
});
