import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { identifyWithCard, leaveApplication } from '../support/citizen-steps.js';
import { expectText, landscape, shoot, useKiosk } from './harness.js';

/** 婚姻登记预约 asks for 对方姓名, a free text field: a name the citizen has to type. */
const itemWithNameField = 'item-WH-MZ-003';
const nameField = 'field-spouse.name';

async function openForm(page: Page, demo: RunningDemo): Promise<void> {
  await page.goto(demo.kioskUrl ?? '');
  await identifyWithCard(page, demo);
  await page.getByTestId('identity-continue').click();
  await page.getByTestId(itemWithNameField).click();
  await page.getByTestId(nameField).waitFor();
}

async function tapKeys(page: Page, letters: string): Promise<void> {
  for (const letter of letters) await page.getByTestId(`key-${letter}`).click();
}

/** The field's whole box is above the keyboard's top edge: the keyboard covers none of it. */
async function expectFieldAboveKeyboard(page: Page, field: string): Promise<void> {
  const input = await page.getByTestId(field).boundingBox();
  const keyboard = await page.getByTestId('keyboard').boundingBox();
  expect(input && keyboard).toBeTruthy();
  if (!input || !keyboard) return;
  expect(input.y).toBeGreaterThanOrEqual(0);
  expect(input.y + input.height).toBeLessThanOrEqual(keyboard.y);
}

async function typeChenXiaoxin(page: Page, shots: string): Promise<void> {
  await page.getByTestId(nameField).click();
  await expectFieldAboveKeyboard(page, nameField);
  await tapKeys(page, 'chenxiaoxin');
  await expectText(page.getByTestId('composing'), 'chen xiao xin');
  // 陈 is offered first; each pick leaves the rest of the pinyin to pick from.
  await expect.poll(() => page.getByTestId('candidates').locator('button').first().innerText()).toBe('陈');
  await shoot(page, `${shots}-pinyin`);
  await page.getByTestId('candidate-陈').click();
  await page.getByTestId('candidate-晓').click();
  await page.getByTestId('candidate-欣').click();
  await expect.poll(() => page.getByTestId(nameField).inputValue()).toBe('陈晓欣');
  await expectFieldAboveKeyboard(page, nameField);
}

describe('the on-screen keyboard, in Chromium through the browser host', () => {
  const kiosk = useKiosk('keyboard');

  it('types a Chinese name by pinyin into a form field, and 删除 / 清空 / 完成 do what they say (portrait)', async () => {
    const page = await kiosk.newPage();
    try {
      await openForm(page, kiosk.demo);
      await typeChenXiaoxin(page, 'keyboard-portrait');
      await page.getByTestId('key-delete').click();
      await expect.poll(() => page.getByTestId(nameField).inputValue()).toBe('陈晓');
      await page.getByTestId('key-clear').click();
      await expect.poll(() => page.getByTestId(nameField).inputValue()).toBe('');
      await tapKeys(page, 'wh');
      await page.getByTestId('candidate-武汉').click();
      await expect.poll(() => page.getByTestId(nameField).inputValue()).toBe('武汉');
      await page.getByTestId('key-done').click();
      await page.getByTestId('keyboard').waitFor({ state: 'detached' });
      // The form's phone field gets the number pad, which types digits and nothing else.
      const phone = page.locator('[data-keyboard="phone"]').first();
      await phone.click();
      await tapKeys(page, '13800');
      await expect.poll(() => phone.inputValue()).toBe('13800');
      await shoot(page, 'keyboard-portrait-phone');
      await leaveApplication(page);
    } finally {
      await page.close();
    }
  });

  it('lays the letters out as on a phone, a–z on request, and 完成 types the pinyin still being composed', async () => {
    const page = await kiosk.newPage();
    try {
      await openForm(page, kiosk.demo);
      await page.getByTestId(nameField).click();
      const firstRow = page.getByTestId('keyboard').locator('.letter-row').first().locator('button');
      await expect.poll(() => firstRow.allInnerTexts()).toEqual([...'qwertyuiop']);
      await page.getByTestId('letter-order').click();
      await expect.poll(() => firstRow.allInnerTexts()).toEqual([...'abcdefghi']);
      await tapKeys(page, 'wuhanshi');
      await shoot(page, 'keyboard-portrait-alphabet');
      // 完成 before picking: the highlighted candidate is typed, the letters are not dropped.
      await page.getByTestId('key-done').click();
      await page.getByTestId('keyboard').waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId(nameField).inputValue()).toBe('武汉市');
      // The order chosen stays for the next field.
      await page.getByTestId(nameField).click();
      await expect.poll(() => firstRow.allInnerTexts()).toEqual([...'abcdefghi']);
      await page.getByTestId('letter-order').click();
      await expect.poll(() => firstRow.allInnerTexts()).toEqual([...'qwertyuiop']);
      await leaveApplication(page);
    } finally {
      await page.close();
    }
  });

  it('types a case number on the letters-and-digits pad of the query screen, and a name in landscape', async () => {
    const page = await kiosk.newPage(landscape);
    try {
      await page.goto(kiosk.demo.kioskUrl ?? '');
      await page.getByTestId('home-query').click();
      await page.getByTestId('query-input').click();
      await expectFieldAboveKeyboard(page, 'query-input');
      await tapKeys(page, 'wh0001');
      await expect.poll(() => page.getByTestId('query-input').inputValue()).toBe('WH0001');
      await shoot(page, 'keyboard-landscape-code');
      // 查询 puts the keys away, so the answer is not under them.
      await page.getByTestId('query-submit').click();
      await page.getByTestId('keyboard').waitFor({ state: 'detached' });
      await page.getByTestId('query-error').waitFor();
      await page.getByTestId('go-home').click();
      await openForm(page, kiosk.demo);
      await typeChenXiaoxin(page, 'keyboard-landscape');
      await leaveApplication(page);
    } finally {
      await page.close();
    }
  });

  it('searches the item list by touch: tapping the search box brings the pinyin keyboard', async () => {
    const page = await kiosk.newPage();
    try {
      await page.goto(kiosk.demo.kioskUrl ?? '');
      await page.getByTestId('home-guides').click();
      await page.getByTestId('item-search').click();
      await expectFieldAboveKeyboard(page, 'item-search');
      await tapKeys(page, 'hun');
      await page.getByTestId('candidate-婚').click();
      await expect.poll(() => page.getByTestId('item-search').inputValue()).toBe('婚');
      await page.getByTestId(itemWithNameField).waitFor();
      await shoot(page, 'keyboard-portrait-search');
      await page.getByTestId('key-done').click();
      await page.getByTestId('keyboard').waitFor({ state: 'detached' });
      await page.getByTestId(itemWithNameField).click();
      await page.getByTestId('guide-body').waitFor();
    } finally {
      await page.close();
    }
  });
});
