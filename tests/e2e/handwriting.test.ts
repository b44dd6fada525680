import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCharacterStrokes } from '../../electron/core/handwriting/template-index.js';
import { identifyWithCard, leaveApplication } from '../support/citizen-steps.js';
import { expectText, landscape, shoot, useKiosk } from './harness.js';

/** 婚姻登记预约 asks for 对方姓名, a free text field: a name the citizen has to type. */
const itemWithNameField = 'item-WH-MZ-003';
const nameField = 'field-spouse.name';

async function openNameField(page: Page, kioskUrl: string, elderly = false): Promise<void> {
  await page.goto(kioskUrl);
  if (elderly) await page.getByTestId('home-elderly').click();
  await identifyWithCard(page, kiosk.demo);
  await page.getByTestId('identity-continue').click();
  await page.getByTestId(itemWithNameField).click();
  await page.getByTestId(nameField).click();
  await page.getByTestId('mode-handwriting').click();
}

/**
 * Writes a character on the pad with the pointer, stroke by stroke along its standard medians
 * (the core's templates come from the same medians: this proves the page, the transport and the
 * core work together; the bench measures accuracy on distorted writing).
 */
async function write(page: Page, character: string): Promise<void> {
  const pad = await page.getByTestId('handwriting-pad').boundingBox();
  if (!pad) throw new Error('no handwriting pad');
  const size = Math.min(pad.width, pad.height) * 0.8;
  const [left, top] = [pad.x + (pad.width - size) / 2, pad.y + (pad.height - size) / 2];
  for (const stroke of readCharacterStrokes(character)) {
    const [first, ...rest] = stroke.map(([x, y]) => [left + (x / 1024) * size, top + (y / 1024) * size] as const);
    if (!first) continue;
    await page.mouse.move(first[0], first[1]);
    await page.mouse.down();
    for (const [x, y] of rest) await page.mouse.move(x, y, { steps: 4 });
    await page.mouse.up();
  }
}

const kiosk = useKiosk('handwriting');

describe('手写 on the on-screen keyboard, in Chromium through the browser host', () => {
  it('writes a level-2 character of a name by finger, offers it, and types the one tapped (portrait)', async () => {
    const page = await kiosk.newPage();
    try {
      await openNameField(page, kiosk.demo.kioskUrl ?? '');
      await write(page, '王');
      await page.getByTestId('candidate-王').click();
      await write(page, '婕');
      await page.getByTestId('candidate-婕').waitFor();
      await shoot(page, 'handwriting-portrait');
      await page.getByTestId('candidate-婕').click();
      await expect.poll(() => page.getByTestId(nameField).inputValue()).toBe('王婕');
      // 完成 and back: the field opens in 手写 again, as the citizen last wrote.
      await page.getByTestId('key-done').click();
      await page.getByTestId('keyboard').waitFor({ state: 'detached' });
      await page.getByTestId(nameField).click();
      await page.getByTestId('handwriting-pad').waitFor();
      // 重写 empties the box and its candidates; the name typed so far stays.
      await write(page, '晗');
      await page.getByTestId('candidate-晗').waitFor();
      await page.getByTestId('handwriting-rewrite').click();
      await page.getByTestId('candidate-晗').waitFor({ state: 'detached' });
      await page.getByTestId('key-delete').click();
      await expect.poll(() => page.getByTestId(nameField).inputValue()).toBe('王');
      // In English the pad's own words are English; what it writes is still Chinese.
      await page.getByTestId('language').click();
      await expectText(page.getByTestId('mode-handwriting'), 'Write');
      await expectText(page.getByTestId('handwriting-rewrite'), 'Rewrite');
      await write(page, '婕');
      await page.getByTestId('candidate-婕').waitFor();
      await shoot(page, 'handwriting-portrait-en');
      await page.getByTestId('language').click();
      await leaveApplication(page);
    } finally {
      await page.close();
    }
  });

  it('writes in landscape and in 长者模式', async () => {
    const page = await kiosk.newPage(landscape);
    try {
      await openNameField(page, kiosk.demo.kioskUrl ?? '');
      await write(page, '煜');
      await page.getByTestId('candidate-煜').waitFor();
      await shoot(page, 'handwriting-landscape');
      await page.getByTestId('candidate-煜').click();
      await expect.poll(() => page.getByTestId(nameField).inputValue()).toBe('煜');
      await leaveApplication(page);
      await openNameField(page, kiosk.demo.kioskUrl ?? '', true);
      await write(page, '琰');
      await page.getByTestId('candidate-琰').waitFor();
      await shoot(page, 'handwriting-elderly-landscape');
      await page.setViewportSize({ width: 1080, height: 1920 });
      await shoot(page, 'handwriting-elderly-portrait');
      await page.getByTestId('candidate-琰').click();
      await expect.poll(() => page.getByTestId(nameField).inputValue()).toBe('琰');
      await page.getByTestId('mode-pinyin').click();
      await shoot(page, 'handwriting-elderly-portrait-pinyin');
      await leaveApplication(page);
    } finally {
      await page.close();
    }
  });
});
