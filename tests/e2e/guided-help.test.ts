import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectText, landscape, portrait, shoot, shootLayouts, useKiosk } from './harness.js';

async function tapKeys(page: Page, letters: string): Promise<void> {
  for (const letter of letters) await page.getByTestId(`key-${letter}`).click();
}

/** Types pinyin on the on-screen keyboard and picks the word it offers, as a citizen does. */
async function typeWord(page: Page, pinyin: string, word: string): Promise<void> {
  await tapKeys(page, pinyin);
  await page.getByTestId(`candidate-${word}`).click();
}

async function openAsk(page: Page): Promise<void> {
  await page.getByTestId('home-ask').click();
  await page.getByTestId('ask-input').waitFor();
}

describe('guided help (问一问, 情景式导办), in Chromium through the browser host', () => {
  const kiosk = useKiosk('guided-help');

  it('finds the item for a question typed on the pinyin keyboard, and opens its guide', async () => {
    const page = await kiosk.openKiosk(portrait);
    try {
      await shootLayouts(page, 'guided-0-home');
      await openAsk(page);
      await page.getByTestId('ask-input').click();
      await typeWord(page, 'shebaoka', '社保卡');
      await typeWord(page, 'diu', '丢');
      await expect.poll(() => page.getByTestId('ask-input').inputValue()).toBe('社保卡丢');
      await shoot(page, 'guided-1-typing');
      await page.getByTestId('key-done').click();
      await page.getByTestId('ask-submit').click();
      await page.getByTestId('entry-WH-RS-005').waitFor();
      await expectText(page.getByTestId('entry-WH-RS-005'), '社会保障卡挂失');
      await shootLayouts(page, 'guided-2-answered');
      await page.getByTestId('entry-WH-RS-005').click();
      await expectText(page.getByTestId('guide-body'), '社会保障卡挂失');
    } finally {
      await page.close();
    }
  });

  it('finds it from misspelt pinyin, though 完成 types the homophone the keyboard offers first', async () => {
    const page = await kiosk.openKiosk(landscape);
    try {
      await openAsk(page);
      await page.getByTestId('ask-input').click();
      await tapKeys(page, 'shebaka');
      await page.getByTestId('key-done').click();
      await expect.poll(() => page.getByTestId('ask-input').inputValue()).not.toBe('');
      await page.getByTestId('ask-submit').click();
      await expectText(page.getByTestId('ask-hits'), '社会保障卡');
    } finally {
      await page.close();
    }
  });

  it('answers a question it does not know with 12345 and the help call, in Chinese and English', async () => {
    const page = await kiosk.openKiosk(portrait);
    try {
      await openAsk(page);
      // A keyboard wedge types as a keyboard does: the input takes it as the on-screen keys do.
      await page.getByTestId('ask-input').click();
      await page.getByTestId('keyboard').waitFor();
      await page.getByTestId('ask-input').fill('今天天气怎么样');
      await page.getByTestId('ask-submit').click();
      await page.getByTestId('ask-unknown').waitFor();
      // The keyboard gives way, so 12345 and 呼叫帮办 are on the screen.
      await page.getByTestId('keyboard').waitFor({ state: 'detached' });
      expect(await page.getByTestId('ask-hits').count()).toBe(0);
      await expectText(page.getByTestId('hotline'), '12345');
      await shootLayouts(page, 'guided-3-unknown');
      await page.getByTestId('language').click();
      await expectText(page.getByTestId('ask-unknown'), 'No service here answers that question');
      await shoot(page, 'guided-3-unknown-en');
      await page.getByTestId('ask-help').click();
      await page.getByTestId('help-state').waitFor();
    } finally {
      await page.close();
    }
  });

  it('walks a shop owner through plain questions to the items and what to bring, and back a step', async () => {
    const page = await kiosk.openKiosk(portrait);
    try {
      await openAsk(page);
      await page.getByTestId('situation-QJ-SHOP').click();
      await expectText(page.getByTestId('situation-question'), '店里卖吃的或者喝的吗？');
      await shootLayouts(page, 'guided-4-question');
      await page.getByTestId('answer-0').click();
      await expectText(page.getByTestId('situation-question'), '客人在店里坐着吃吗？');
      await page.getByTestId('answer-1').click();
      const items = page.getByTestId('situation-items');
      for (const code of ['WH-SC-001', 'WH-SC-002', 'WH-SW-002']) await items.getByTestId(`entry-${code}`).waitFor();
      const materials = page.getByTestId('situation-materials');
      await expectText(materials, '经营场所平面布局图');
      await expect.poll(() => materials.getByText('居民身份证', { exact: true }).count()).toBe(1);
      await shootLayouts(page, 'guided-5-outcome');
      await page.getByTestId('situation-prev').click();
      await page.getByTestId('answer-0').click();
      await page.getByTestId('entry-YJS-KBCYD').click();
      await expectText(page.getByTestId('identify-status'), /\S/u);
    } finally {
      await page.close();
    }
  });

  it('stays readable in 长者模式 and in English', async () => {
    const page = await kiosk.openKiosk(landscape);
    try {
      await page.getByTestId('home-elderly').click();
      await shootLayouts(page, 'guided-6-home-elderly');
      await openAsk(page);
      await page.getByTestId('situation-QJ-LOST').click();
      await page.getByTestId('answer-1').click();
      await page.getByTestId('answer-1').click();
      await page.getByTestId('entry-WH-RS-002').waitFor();
      await shootLayouts(page, 'guided-7-outcome-elderly');
      await page.getByTestId('language').click();
      await expectText(page.getByTestId('situation-outcome'), 'What to bring');
      await shootLayouts(page, 'guided-8-outcome-en');
    } finally {
      await page.close();
    }
  });
});
