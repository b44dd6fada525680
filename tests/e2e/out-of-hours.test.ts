// A terminal whose configuration gives the hall's hours, seen in Chromium outside them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../electron/host.js';
import { hallWeekday, startEnrolledKiosk } from '../support/enrolled-kiosk.js';
import { seriousAxeViolations } from './a11y-checks.js';
import { expectText, hostRequest, shootLayouts, useBrowser } from './harness.js';

describe('a terminal outside its hall hours', () => {
  const chromium = useBrowser();
  let host: RunningHost;
  beforeAll(async () => {
    const tomorrow = (hallWeekday() % 7) + 1;
    // The demo's catalog, so that nothing but the hours keeps citizens away.
    host = await startEnrolledKiosk('out-of-hours', { demo: true, service: { hours: { opens: '08:30', closes: '20:00', days: [tomorrow] }, requiredDevices: [] } });
  });
  afterAll(async () => {
    await host?.close();
  });

  it('says it is closed, in both languages, with the hours and 12345, and refuses a citizen request', async () => {
    const page = await chromium.newPage();
    await page.goto(host.url);
    const screen = page.getByTestId('out-of-service');
    await expectText(screen, '现在不是本终端的服务时间');
    expect(await screen.getAttribute('data-state')).toBe('outOfHours');
    const text = await screen.innerText();
    expect(text).toContain('This terminal is closed now');
    expect(text).toContain('12345');
    expect(await page.getByTestId('hall-hours').innerText()).toMatch(/服务时间：周. 08:30–20:00[\s\S]*Opening hours: \w{3} 08:30–20:00/);
    expect(await page.getByTestId('out-of-service-reason').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await hostRequest(host.url, 'catalog.list', {})).toMatchObject({ ok: false, error: { code: 'OUT_OF_SERVICE', en: { message: expect.stringContaining('12345') } } });
    await shootLayouts(page, 'out-of-hours', screen);
    await page.close();
  });
});
