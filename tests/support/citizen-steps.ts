import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import type { SimCard } from '../../drivers/sim/idcard-sim.js';
import { expectText, shoot } from '../e2e/harness.js';

/** Steps of the citizen path that more than one e2e test or bench walks. */

/** The demo citizen, as her card says. */
export const name = '陈晓欣';
export const idNumber = CHEN_XIAOXIN.text.cardType === 'resident' ? CHEN_XIAOXIN.text.idNumber : '';

/** 社会保障卡补领: two fields prefilled from the card and one choice to make. */
export const choiceItem = 'WH-RS-002';

/**
 * From home: 我要办, the card laid on the simulated reader once the screen reads, and taken off
 * once read, as the screen asks. With `shots`, the identify screen's picture before the card.
 */
export async function identifyWithCard(page: Page, demo: RunningDemo, options: { card?: SimCard; shots?: string } = {}): Promise<void> {
  const reader = demo.devices.idcardSim;
  if (!reader) throw new Error('the demo did not put the reader simulator on a pty');
  await page.getByTestId('home-apply').click();
  await expectText(page.getByTestId('identify-status'), '正在读取');
  if (options.shots) await shoot(page, `${options.shots}-1-identify`);
  reader.placeCard(options.card ?? CHEN_XIAOXIN);
  await page.getByTestId('identity-continue').waitFor();
  reader.removeCard();
}

/** From the confirm screen: the item, its one choice, 核对信息, the materials, until the receipt screen is up. */
export async function applyForItem(page: Page): Promise<void> {
  await answerChoiceItem(page);
  await settleMaterials(page);
  await page.getByTestId('finish').waitFor({ timeout: 30_000 });
}

/** From the confirm screen: the item, its one choice and 核对信息, on to the materials step. */
export async function answerChoiceItem(page: Page): Promise<void> {
  await page.getByTestId('identity-continue').click();
  await page.getByTestId(`item-${choiceItem}`).click();
  await page.getByTestId('option-delivery.method-post').click();
  await page.getByTestId('form-next').click();
  await page.getByTestId('submit').click();
}

/** Card → masked identity → item → prefilled form → 核对信息 → materials → submit; returns the case number. */
export async function applyForSocialSecurityCard(page: Page, demo: RunningDemo, shots: string): Promise<string> {
  await identifyWithCard(page, demo, { shots });
  await expectText(page.getByTestId('identity-name'), '陈*欣');
  await expectText(page.getByTestId('identity-id'), `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
  expect(await page.content()).not.toContain(name);
  await shoot(page, `${shots}-2-identity`);
  await page.getByTestId('identity-continue').click();
  await page.getByTestId(`item-${choiceItem}`).click();
  await expectText(page.getByTestId('field-applicant.name'), '陈*欣');
  await expectText(page.getByTestId('field-applicant.idNumber'), '4201');
  await page.getByTestId('option-delivery.method-post').click();
  await shoot(page, `${shots}-3-form`);
  await page.getByTestId('form-next').click();
  await expectText(page.getByTestId('answer-delivery.method'), '邮寄到身份证地址');
  await page.getByTestId('submit').click();
  // The ID card just read stands for itself; the photo is owed under 容缺.
  await page.getByTestId('material-material.photo-owe').click();
  await page.getByTestId('materials-submit').click();
  await page.getByTestId('case-number').waitFor({ timeout: 20_000 });
  await shoot(page, `${shots}-4-done`);
  return (await page.getByTestId('case-number').innerText()).replace(/\s/g, '');
}

/**
 * Answers a paged form up to 核对信息: on each page, fills the fields of `values` shown there,
 * then 下一步, waiting for the next page (its step number changes) before looking again.
 */
export async function answerPages(page: Page, values: Record<string, string>): Promise<void> {
  const progress = page.getByTestId('form-progress');
  const check = page.getByTestId('check-answers');
  while ((await check.count()) === 0) {
    const before = await progress.innerText();
    for (const [key, value] of Object.entries(values)) {
      const field = page.getByTestId(`field-${key}`);
      if ((await field.count()) > 0 && (await field.evaluate((e) => e.tagName)) === 'INPUT') await field.fill(value);
    }
    await page.getByTestId('form-next').click();
    await expect.poll(async () => (await check.count()) > 0 || (await progress.innerText()) !== before, { timeout: 20_000 }).toBe(true);
  }
}

/**
 * On the materials step, leaves what an e-certificate or the card already covers, owes under 容缺
 * (5 working days) what may be owed, and submits. A material that can only be photographed is a
 * test that belongs with the camera (materials-commitment.test.ts), so it fails here by name.
 */
export async function settleMaterials(page: Page): Promise<void> {
  await page.getByTestId('materials-submit').waitFor({ timeout: 20_000 });
  for (const card of await page.locator('.material[data-testid^="material-"]').all()) {
    const id = ((await card.getAttribute('data-testid')) ?? '').replace(/^material-/, '');
    if ((await page.getByTestId(`material-${id}-status`).getAttribute('class'))?.includes('material-status-ok')) continue;
    if ((await page.getByTestId(`material-${id}-owe`).count()) > 0) {
      await page.getByTestId(`material-${id}-owe`).click();
    } else if ((await page.getByTestId(`material-${id}-certificate`).count()) > 0) {
      await page.getByTestId(`material-${id}-certificate`).click();
    } else {
      throw new Error(`material ${id} can only be photographed`);
    }
  }
  await page.getByTestId('materials-submit').click();
}

/** 返回首页 from a form or the materials: the kiosk asks first, and the citizen says leave. */
export async function leaveApplication(page: Page): Promise<void> {
  await page.getByTestId('go-home').click();
  await page.getByTestId('leave-confirm').click();
  await page.getByTestId('home-apply').waitFor();
}
