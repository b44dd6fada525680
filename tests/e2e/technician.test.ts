// Technician mode in Chromium through the browser host, on the demo as `npm start` runs it: the
// hidden gesture, the PIN and its lockout, maintenance kept across a restart, and the core's gate.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { cornerTaps, pin, setPin, typePin, unlock } from '../support/technician-steps.js';
import { expectText, hostRequest, landscape, portrait, shootLayouts, startBuiltDemo, useBrowser, type Viewport } from './harness.js';


async function toggleMaintenance(page: Page, shown: string): Promise<void> {
  await page.getByTestId('technician-tab-maintenance').click();
  await page.getByTestId('maintenance-toggle').click();
  await expectText(page.getByTestId('maintenance-state'), shown);
}

describe('technician mode', () => {
  const chromium = useBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'tongban-e2e-technician-'));
  const kioskDir = join(dir, 'kiosk');
  let demo: RunningDemo | undefined;
  const running = (): RunningDemo => demo ?? expect.fail('the demo is started by the first test');
  const open = async (viewport: Viewport = portrait): Promise<Page> => {
    const page = await chromium.newPage(viewport);
    await page.goto(running().kioskUrl ?? '');
    // The gesture is heard once the screen is up.
    await page.getByTestId('kiosk-root').waitFor();
    return page;
  };
  afterAll(async () => {
    await demo?.close();
  });

  it('refuses technician requests sent straight to the host without an unlocked session', async () => {
    demo = await startBuiltDemo('technician', dir);
    setPin(kioskDir);
    const url = running().kioskUrl ?? '';
    for (const [name, payload] of [['technician.state', {}], ['technician.maintenance', { on: true }], ['technician.restart', {}]] as const) {
      expect(await hostRequest(url, name, payload)).toMatchObject({ ok: false, error: { code: 'TECHNICIAN_LOCKED', en: { message: 'Technician mode is locked' } } });
    }
    expect(await hostRequest(url, 'kiosk.status', {})).toMatchObject({ ok: true, value: { service: { state: 'demo' } } });
  });

  it('locks the PIN after five wrong tries, says so, and reports it to the platform', async () => {
    const page = await open();
    await cornerTaps(page);
    for (const left of [4, 3, 2, 1]) {
      await typePin(page, '000000');
      await expectText(page.getByTestId('pin-notice'), `还可尝试 ${left} 次`);
    }
    await typePin(page, '000000');
    await expectText(page.getByTestId('pin-notice'), '已锁定');
    // Locked means locked: the right PIN is refused too until the lockout ends.
    await typePin(page, pin);
    await expectText(page.getByTestId('pin-notice'), /已锁定[\s\S]*locked until/);
    await shootLayouts(page, 'technician-locked');
    const reported = async () =>
      (await running().platform.db.query<{ n: number }>("SELECT count(*)::int AS n FROM terminal_events WHERE kind = 'device_event' AND body->>'device' = 'technician-pin'")).rows[0]?.n;
    await expect.poll(reported, { timeout: 30_000 }).toBe(1);
    await page.getByTestId('technician-exit').click();
    await page.getByTestId('home-apply').waitFor();
    await page.close();
  });

  it('opens with the right PIN (set again, which lifts the lockout) and shows the state, no citizen data', async () => {
    setPin(kioskDir);
    const page = await open();
    await unlock(page);
    expect(await page.getByTestId('technician-service-state').getAttribute('data-state')).toBe('demo');
    await shootLayouts(page, 'technician-state');
    await page.close();
  });

  it("left untouched for two minutes, returns to the citizens' home, and the core has locked it too", async () => {
    const page = await chromium.newPage(portrait);
    await page.clock.install();
    await page.goto(running().kioskUrl ?? '');
    await page.getByTestId('kiosk-root').waitFor();
    await unlock(page);
    await page.clock.fastForward(121_000);
    await page.getByTestId('home-apply').waitFor();
    expect(await page.getByTestId('technician-mode').count()).toBe(0);
    expect(await hostRequest(running().kioskUrl ?? '', 'technician.state', {})).toMatchObject({ ok: false, error: { code: 'TECHNICIAN_LOCKED' } });
    await page.close();
  });

  it('opens by the corner gesture while the platform is down and the offline banner is up', async () => {
    await running().platform.stop();
    const page = await open();
    try {
      await page.getByTestId('offline-banner').waitFor();
      await cornerTaps(page);
    } finally {
      await page.close();
      await running().platform.start();
    }
  });

  it('puts citizens before the maintenance screen, kept across a restart of the demo, until it is turned off', async () => {
    const page = await open();
    await unlock(page);
    await toggleMaintenance(page, '维护模式：开');
    await shootLayouts(page, 'technician-maintenance');
    await page.getByTestId('technician-exit').click();
    await expectText(page.getByTestId('out-of-service'), '本终端正在维护');
    expect(await page.getByTestId('out-of-service').getAttribute('data-state')).toBe('maintenance');
    expect(await page.getByTestId('out-of-service').innerText()).toMatch(/This terminal is being serviced[\s\S]*12345/);
    await shootLayouts(page, 'maintenance-screen');
    // A citizen's request sent anyway meets the core's refusal.
    expect(await hostRequest(running().kioskUrl ?? '', 'catalog.list', {})).toMatchObject({ ok: false, error: { code: 'OUT_OF_SERVICE' } });
    await page.close();

    await running().close();
    demo = undefined;
    demo = await startBuiltDemo('technician', dir);
    const after = await open(landscape);
    await expectText(after.getByTestId('out-of-service'), '本终端正在维护');
    await unlock(after);
    await toggleMaintenance(after, '维护模式：关');
    await after.getByTestId('technician-exit').click();
    await after.getByTestId('home-apply').waitFor();
    await after.close();
  });

  it('restarts the core on request; the technician session ends with it', async () => {
    const page = await open();
    await unlock(page);
    await page.getByTestId('technician-tab-restart').click();
    await page.getByTestId('restart').click();
    await page.getByTestId('restart-state').waitFor();
    const url = running().kioskUrl ?? '';
    // The old core may still answer for a moment; the new one, once up, has no technician session.
    const technicianState = async () => {
      const reply = await hostRequest(url, 'technician.state', {});
      return reply.ok ? 'unlocked' : reply.error.code;
    };
    await expect.poll(technicianState, { timeout: 30_000 }).toBe('TECHNICIAN_LOCKED');
    expect(await hostRequest(url, 'kiosk.status', {})).toMatchObject({ ok: true });
    await page.close();
  });
});
