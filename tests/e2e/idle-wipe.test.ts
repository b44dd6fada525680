import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import { applyForSocialSecurityCard, leaveApplication } from '../support/citizen-steps.js';
import { expectText, shoot, useKiosk } from './harness.js';

/** Card read and an item chosen: the citizen's masked data is on screen. */
async function openForm(page: Page, demo: RunningDemo, itemCode = 'WH-RS-002'): Promise<void> {
  demo.devices.idcardSim?.placeCard(CHEN_XIAOXIN);
  await page.getByTestId('home-apply').click();
  await page.getByTestId('identity-continue').click();
  await page.getByTestId(`item-${itemCode}`).click();
  await expectText(page.getByTestId('field-applicant.name'), '陈*欣');
}

/** Untouched for the idle time, then the 15 s question left unanswered: the wipe runs, and home is back. */
async function walkAway(page: Page): Promise<void> {
  await page.clock.fastForward(61_000);
  await page.getByTestId('idle-overlay').waitFor();
  await page.clock.fastForward(16_000);
  await page.getByTestId('home-apply').waitFor();
}

/** Everything the page shows or holds as text: what is rendered, and what is in any field. */
async function pageText(page: Page): Promise<string> {
  const values = await page.locator('input, textarea').evaluateAll((fields) => fields.map((field) => ('value' in field ? String(field.value) : '')));
  return [await page.locator('body').innerText(), ...values].join('\n');
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
  const kiosk = useKiosk('idle');

  it('is asked after 60 s, and a touch keeps the form', async () => {
    const page = await kiosk.newPage();
    await page.clock.install();
    await page.goto(kiosk.demo.kioskUrl ?? '');
    await openForm(page, kiosk.demo);
    await page.clock.fastForward(61_000);
    await page.getByTestId('idle-overlay').waitFor();
    await shoot(page, 'idle-1-question');
    await page.getByTestId('idle-continue').click();
    await page.getByTestId('idle-overlay').waitFor({ state: 'detached' });
    await expectText(page.getByTestId('field-applicant.name'), '陈*欣');
    await leaveApplication(page);
    await page.close();
  });

  it("forgets the keyboard's choices with the citizen: the next one starts from 拼音 in QWERTY, whatever was chosen", async () => {
    const page = await kiosk.newPage();
    await page.clock.install();
    await page.goto(kiosk.demo.kioskUrl ?? '');
    await openForm(page, kiosk.demo, 'WH-MZ-003');
    await page.getByTestId('field-spouse.name').click();
    await page.getByTestId('letter-order').click();
    await page.getByTestId('mode-handwriting').click();
    await page.getByTestId('handwriting-pad').waitFor();
    await walkAway(page);
    await openForm(page, kiosk.demo, 'WH-MZ-003');
    await page.getByTestId('field-spouse.name').click();
    const firstRow = page.getByTestId('keyboard').locator('.letter-row').first().locator('button');
    await expect.poll(() => firstRow.allInnerTexts()).toEqual([...'qwertyuiop']);
    expect(await page.getByTestId('handwriting-pad').count()).toBe(0);
    await leaveApplication(page);
    await page.close();
  });

  it('is forgotten 15 s after the question: the open keyboard, typed text and pinyin, the card data and the core session', async () => {
    const page = await kiosk.newPage();
    await page.clock.install();
    await page.goto(kiosk.demo.kioskUrl ?? '');
    // 婚姻登记预约 asks for 对方姓名, typed: 陈晓 picked, "xin" still being composed.
    await openForm(page, kiosk.demo, 'WH-MZ-003');
    await page.getByTestId('field-spouse.name').click();
    for (const letter of 'chenxiaoxin') await page.getByTestId(`key-${letter}`).click();
    await page.getByTestId('candidate-陈').click();
    await page.getByTestId('candidate-晓').click();
    await expect.poll(() => page.getByTestId('field-spouse.name').inputValue()).toBe('陈晓');
    await expectText(page.getByTestId('composing'), 'xin');
    // The probe sees what is typed into a field, not only what is rendered as text.
    expect(await pageText(page)).toContain('陈晓');
    await walkAway(page);
    await shoot(page, 'idle-2-wiped');
    // The keyboard closes as its field unmounts, a render after the home appears.
    await expect.poll(() => page.getByTestId('keyboard').count()).toBe(0);
    expect(await page.getByTestId('composing').count()).toBe(0);
    const text = await pageText(page);
    for (const trace of ['陈晓', '陈*欣', '**********', 'xin']) expect(text).not.toContain(trace);
    const html = await page.content();
    for (const trace of ['陈晓', '陈*欣', '**********']) expect(html).not.toContain(trace);
    await expect.poll(() => invoke(kiosk.demo, 'form.get', { itemCode: 'WH-RS-002' })).toMatchObject({ ok: false, error: { code: 'NO_IDENTITY' } });
    expect(await invoke(kiosk.demo, 'cases.mine', {})).toMatchObject({ ok: false, error: { code: 'NO_IDENTITY' } });
    await page.close();
  });

  it('forgets a submission too: the next citizen sees no case number and gets neither its receipt outcome nor its form', async () => {
    const page = await kiosk.newPage();
    await page.clock.install();
    await page.goto(kiosk.demo.kioskUrl ?? '');
    const caseNumber = await applyForSocialSecurityCard(page, kiosk.demo, 'idle-3');
    kiosk.demo.devices.idcardSim?.removeCard();
    // While the citizen stands there, the receipt's outcome and the filled form are theirs to ask for.
    expect(await invoke(kiosk.demo, 'case.outcome', { caseNumber })).toMatchObject({ ok: true });
    expect(await invoke(kiosk.demo, 'document.form', { caseNumber })).toMatchObject({ ok: true });
    await walkAway(page);
    expect(await page.content()).not.toContain(caseNumber);
    expect(await pageText(page)).not.toContain(caseNumber);
    await expect.poll(() => invoke(kiosk.demo, 'case.outcome', { caseNumber })).toMatchObject({ ok: false, error: { code: 'CASE_NOT_FOUND' } });
    expect(await invoke(kiosk.demo, 'document.form', { caseNumber })).toMatchObject({ ok: false, error: { code: 'NO_IDENTITY' } });
    expect(await invoke(kiosk.demo, 'cases.mine', {})).toMatchObject({ ok: false, error: { code: 'NO_IDENTITY' } });
    await page.close();
  });

  it('in 长者模式 reads larger, waits twice as long, and is off again for the next citizen', async () => {
    const page = await kiosk.newPage();
    await page.clock.install();
    await page.goto(kiosk.demo.kioskUrl ?? '');
    const normal = await page.getByTestId('home-apply').boundingBox();
    await page.getByTestId('home-elderly').click();
    const large = await page.getByTestId('home-apply').boundingBox();
    expect((large?.height ?? 0) / (normal?.height ?? 1)).toBeGreaterThanOrEqual(1.29);
    // The way back out is on the screen as it stands, not below the fold.
    const toggle = await page.getByTestId('home-elderly').boundingBox();
    expect((toggle?.y ?? Infinity) + (toggle?.height ?? 0)).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);
    await shoot(page, 'elderly-0-home');
    await openForm(page, kiosk.demo, 'WH-MZ-003');
    await shoot(page, 'elderly-1-form');
    // 返回首页 and the keys grow with the rest.
    const home = await page.getByTestId('go-home').boundingBox();
    await page.getByTestId('field-spouse.name').click();
    const keySize = await page.getByTestId('key-a').evaluate((key) => {
      // This file is typed without the DOM's lib; in the page, the browser's own function.
      const { getComputedStyle } = globalThis as unknown as { getComputedStyle(element: unknown): { fontSize: string } };
      return parseFloat(getComputedStyle(key).fontSize);
    });
    expect(home?.height ?? 0).toBeGreaterThanOrEqual(1.29 * 80);
    expect(keySize).toBeGreaterThanOrEqual(1.29 * 40);
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
