// Finding an item by touch (个人/法人, 人生事件, department, 热门事项, pinyin with a slip) and being
// told before any form that an item is not for you, in Chromium through the browser host.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHEN_XIAOXIN, XIANG_JIANGUO } from '../../drivers/sim/cards.js';
import { identifyWithCard } from '../support/citizen-steps.js';
import { expectText, shootLayouts, useKiosk } from './harness.js';

describe('finding an item, and who may apply for it', () => {
  const kiosk = useKiosk('find-item');
  async function atKiosk(body: (page: Page) => Promise<void>): Promise<void> {
    const page = await kiosk.openKiosk();
    try {
      await body(page);
    } finally {
      await page.close();
    }
  }

  /** From the confirm screen to 退休一件事, browsing by 人生事件 (no typing). */
  async function chooseRetirement(page: Page): Promise<void> {
    await page.getByTestId('identity-continue').click();
    await page.getByTestId('browse-view-stage').click();
    await page.getByTestId('browse-stage-退休').click();
    await page.getByTestId('item-YJS-TX').click();
  }

  it('tells a 36-year-old plainly, before anything is filled in, why 退休一件事 is not for her and where to go', async () => {
    await atKiosk(async (page) => {
      await identifyWithCard(page, kiosk.demo, { card: CHEN_XIAOXIN });
      await chooseRetirement(page);
      const refusal = page.getByTestId('not-eligible');
      await expectText(refusal, '您暂不符合本事项的受理条件');
      // Its three items are refused for one reason, said once under their three names.
      const reason = page.getByTestId('not-eligible-reason');
      await expectText(reason, '职工基本养老保险退休申请、退休人员医疗保险待遇核定、住房公积金提取（退休）');
      await expectText(reason, '本事项须年满 50 周岁，您现在 36 周岁');
      expect(await reason.count()).toBe(1);
      await expectText(page.getByTestId('not-eligible-instead'), '12345');
      await expectText(page.getByTestId('hotline'), '12345');
      expect(await page.getByTestId('form-progress').count()).toBe(0);
      await shootLayouts(page, 'eligibility-refused', refusal);
      await page.getByTestId('language').click();
      await expectText(refusal, 'You must be at least 50 to apply; you are 36');
      await expectText(page.getByTestId('not-eligible-instead'), 'call the 12345 hotline');
      await shootLayouts(page, 'eligibility-refused-en', refusal);
      await page.getByTestId('language').click();
      await page.getByTestId('not-eligible-other').click();
      await page.getByTestId('browse-party').waitFor();
    });
  });

  it('opens 退休一件事’s form for a citizen of 68, and the refusal reads as large in 长者模式', async () => {
    await atKiosk(async (page) => {
      await identifyWithCard(page, kiosk.demo, { card: XIANG_JIANGUO });
      await chooseRetirement(page);
      await expectText(page.getByTestId('form-progress'), '步骤 1/');
      expect(await page.getByTestId('not-eligible').count()).toBe(0);
    });
    await atKiosk(async (page) => {
      await page.getByTestId('home-elderly').click();
      await identifyWithCard(page, kiosk.demo, { card: CHEN_XIAOXIN });
      await chooseRetirement(page);
      await page.getByTestId('not-eligible').waitFor();
      await shootLayouts(page, 'eligibility-refused-elderly', page.getByTestId('not-eligible-instead'));
    });
  });

  it('browses guides by 个人/法人, 人生事件 and department, counts a guide read as 热门, and forgives a slip in pinyin', async () => {
    await atKiosk(async (page) => {
      await page.getByTestId('home-guides').click();
      await page.getByTestId('browse-party').waitFor();
      // A new terminal has nothing 热门 to show yet, rather than a list it made up.
      expect(await page.getByTestId('browse-view-popular').count()).toBe(0);
      await shootLayouts(page, 'browse-all', page.getByTestId('browse-party'));

      await page.getByTestId('browse-view-stage').click();
      await page.getByTestId('browse-stage-婚育').click();
      await expect.poll(() => page.locator('.item-list [data-testid^="item-"]').count()).toBe(2);
      await shootLayouts(page, 'browse-stage', page.getByTestId('browse-stage'));
      await page.getByTestId('item-WH-MZ-003').click();
      await page.getByTestId('guide-body').waitFor();
      await page.getByTestId('guide-back').click();

      await page.getByTestId('browse-view-popular').click();
      await expect.poll(() => page.locator('.item-list [data-testid^="item-"]').first().getAttribute('data-testid')).toBe('item-WH-MZ-003');
      await shootLayouts(page, 'browse-popular', page.getByTestId('browse-view'));

      await page.getByTestId('browse-party-法人').click();
      await page.getByTestId('item-WH-SC-001').waitFor();
      expect(await page.getByTestId('item-WH-RS-002').count()).toBe(0);
      await page.getByTestId('browse-view-department').click();
      await page.getByTestId('browse-department-0').waitFor();
      await shootLayouts(page, 'browse-department', page.getByTestId('browse-department'));

      await page.getByTestId('item-search').fill('shebaika');
      await page.getByTestId('item-WH-RS-002').waitFor();
      await shootLayouts(page, 'browse-typo-search');
    });
  });

  it('browses in English and in 长者模式, each choice reachable by touch', async () => {
    await atKiosk(async (page) => {
      await page.getByTestId('home-elderly').click();
      await page.getByTestId('language').click();
      await page.getByTestId('home-guides').click();
      await expectText(page.getByTestId('browse-party'), 'A business');
      await page.getByTestId('browse-view-stage').click();
      await expectText(page.getByTestId('browse-stage'), 'Retirement');
      await shootLayouts(page, 'browse-stage-en-elderly', page.getByTestId('browse-stage'));
      await page.getByTestId('browse-stage-退休').click();
      await page.getByTestId('item-WH-RS-007').waitFor();
    });
  });
});
