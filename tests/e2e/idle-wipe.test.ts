import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import { expectText, launchChromium, shoot, startBuiltDemo } from './harness.js';

/** Card read and an item chosen: the citizen's masked data is on screen. */
async function openForm(page: Page, demo: RunningDemo): Promise<void> {
  demo.devices.idcardSim?.placeCard(CHEN_XIAOXIN);
  await page.getByTestId('home-apply').click();
  await page.getByTestId('identity-continue').click();
  await page.getByTestId('item-WH-RS-002').click();
  await expectText(page.getByTestId('field-applicant.name'), '陈*欣');
}

async function invoke(demo: RunningDemo, name: string, payload: unknown): Promise<unknown> {
  const url = new URL(demo.kioskUrl ?? '');
  const reply = await fetch(new URL(`/api/invoke/${name}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tongban-token': url.hash.replace('#token=', '') },
    body: JSON.stringify(payload),
  });
  return reply.json();
}

describe('a citizen who walks away from the shared screen', () => {
  let browser: Browser;
  let demo: RunningDemo;
  beforeAll(async () => {
    browser = await launchChromium();
    demo = await startBuiltDemo('idle');
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('is asked after 60 s, and a touch keeps the form', async () => {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.clock.install();
    await page.goto(demo.kioskUrl ?? '');
    await openForm(page, demo);
    await page.clock.fastForward(61_000);
    await page.getByTestId('idle-overlay').waitFor();
    await shoot(page, 'idle-1-question');
    await page.getByTestId('idle-continue').click();
    await page.getByTestId('idle-overlay').waitFor({ state: 'detached' });
    await expectText(page.getByTestId('field-applicant.name'), '陈*欣');
    await page.getByTestId('go-home').click();
    await page.close();
  });

  it('is forgotten 15 s after the question: nothing in the DOM, web storage or the API session', async () => {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.clock.install();
    await page.goto(demo.kioskUrl ?? '');
    await openForm(page, demo);
    await page.clock.fastForward(61_000);
    await page.getByTestId('idle-overlay').waitFor();
    await page.clock.fastForward(16_000);
    await page.getByTestId('home-apply').waitFor();
    await shoot(page, 'idle-2-wiped');
    const html = await page.content();
    expect(html).not.toContain('陈*欣');
    expect(html).not.toContain('**********');
    expect(await page.evaluate('localStorage.length + sessionStorage.length')).toBe(0);
    await expect.poll(() => invoke(demo, 'form.get', { itemCode: 'WH-RS-002' })).toMatchObject({ ok: false, error: { code: 'NO_IDENTITY' } });
    await page.close();
  });

  it('in 长者模式 reads larger, waits twice as long, and is off again for the next citizen', async () => {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.clock.install();
    await page.goto(demo.kioskUrl ?? '');
    const normal = await page.getByTestId('home-apply').boundingBox();
    await page.getByTestId('home-elderly').click();
    const large = await page.getByTestId('home-apply').boundingBox();
    expect((large?.height ?? 0) / (normal?.height ?? 1)).toBeGreaterThanOrEqual(1.29);
    await shoot(page, 'elderly-0-home');
    await openForm(page, demo);
    await shoot(page, 'elderly-1-form');
    await page.clock.fastForward(61_000);
    expect(await page.getByTestId('idle-overlay').count()).toBe(0);
    await page.clock.fastForward(60_000);
    await page.getByTestId('idle-overlay').waitFor();
    await page.clock.fastForward(16_000);
    await page.getByTestId('home-apply').waitFor();
    expect(await page.getByTestId('home-elderly').getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });
});
