import { describe, expect, it } from 'vitest';
import { expectText, shootLayouts, useKiosk } from './harness.js';

/** The app's chunk (renderer/start.tsx), fetched once the home drawn at build time is painted. */
const appChunk = '**/assets/start-*.js';

describe('start-up: the home is drawn at build time, and the app attaches to it', () => {
  const kiosk = useKiosk('start-up');

  it('shows the home before the app has loaded, and taps made then (长者模式, then a tile) take effect once it has', async () => {
    const page = await kiosk.newPage();
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(appChunk, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(kiosk.demo.kioskUrl ?? '');
    await expectText(page.getByTestId('home-apply'), '我要办');
    expect(await page.locator('html').getAttribute('data-taps')).toBe('kept');
    await page.getByTestId('home-elderly').click();
    await page.getByTestId('home-apply').click();
    release();
    await page.getByTestId('identify-status').waitFor();
    expect(await page.getByTestId('kiosk-root').getAttribute('class')).toContain('elderly');
    expect(await page.locator('html').getAttribute('data-taps')).toBe('live');
    await page.close();
  });

  it('once attached, shows the hall and the time the build could not know', async () => {
    const page = await kiosk.openKiosk();
    await page.locator('html[data-taps="live"]').waitFor({ state: 'attached' });
    await expectText(page.locator('.clock-time'), /^\d{1,2}:\d{2}$/);
    await expectText(page.locator('.hall-name'), /\S/);
    await shootLayouts(page, 'home-start-up');
    await page.close();
  });
});
