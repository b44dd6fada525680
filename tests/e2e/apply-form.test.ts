// Applying a page at a time, through the browser host in Chromium, with a real embedded platform
// holding the demo e-certificates and simulated card reader and printer.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { XIANG_JIANGUO } from '../../drivers/sim/cards.js';
import { identifyWithCard, leaveApplication, settleMaterials } from '../support/citizen-steps.js';
import { expectText, landscape, portrait, shoot, useKiosk } from './harness.js';


/** Screenshots of the screen as it is, in both orientations, for people to look at. */
async function shootBoth(page: Page, name: string): Promise<void> {
  await page.setViewportSize(landscape);
  await shoot(page, `apply-${name}-landscape`);
  await page.setViewportSize(portrait);
  await shoot(page, `apply-${name}-portrait`);
}

async function openItem(page: Page, query: string, code: string): Promise<void> {
  await page.getByTestId('item-search').fill(query);
  await page.getByTestId(`item-${code}`).click();
  await page.getByTestId('form-progress').waitFor();
}

/** Typed as a keyboard-wedge would: the on-screen keyboard itself is tested in keyboard.test.ts. */
async function type(page: Page, key: string, value: string): Promise<void> {
  await page.getByTestId(`field-${key}`).fill(value);
}

describe('applying through one paged form', () => {
  const kiosk = useKiosk('apply-form');
  /** A fresh page at the kiosk's home for one citizen, closed whatever happens. */
  async function atKiosk(body: (page: Page) => Promise<void>): Promise<void> {
    const page = await kiosk.newPage();
    try {
      await page.goto(kiosk.demo.kioskUrl ?? '');
      await body(page);
    } finally {
      await page.close();
    }
  }

  it('a 一件事 lists its items, says what is missing or wrong, lets an answer be changed from 核对信息, and gives one case per item', async () => {
    await atKiosk(async (page) => {
      await identifyWithCard(page, kiosk.demo);
      await page.getByTestId('identity-continue').click();
      await openItem(page, '社保卡一件事', 'YJS-SBK');
      await expect.poll(() => page.getByTestId('bundle-parts').locator('li').count()).toBe(4);
      await expectText(page.getByTestId('form-progress'), '步骤 1/3');
      await expectText(page.getByTestId('field-applicant.name'), '来自身份证');
      await shootBoth(page, 'bundle-1-first-page');

      // Nothing answered: the summary names each missing answer and takes the citizen to it.
      await page.getByTestId('form-next').click();
      await expectText(page.getByTestId('form-errors'), '请填写“联系电话”');
      await expectText(page.getByTestId('form-errors'), '请选择“领取方式”');
      await expectText(page.getByTestId('field-error-loss.kind'), '请选择“挂失类型”');
      await expectText(page.getByTestId('form-progress'), '步骤 1/3');
      await shootBoth(page, 'bundle-2-error-summary');
      await page.getByTestId('error-link-applicant.phone').click();
      await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid')")).toBe('field-applicant.phone');

      // A wrong phone number is caught on this page, in the core's words.
      await type(page, 'applicant.phone', '123');
      await page.getByTestId('option-delivery.method-counter').click();
      await page.getByTestId('option-loss.kind-formal').click();
      await page.getByTestId('form-next').click();
      await expectText(page.getByTestId('form-errors'), '请填写 11 位手机号码');
      await type(page, 'applicant.phone', '13800138000');
      await page.getByTestId('form-next').click();

      await expectText(page.getByTestId('form-progress'), '步骤 2/3');
      await type(page, 'change.reason', '更换开户银行');
      await page.getByTestId('form-next').click();

      await expectText(page.getByTestId('form-progress'), '步骤 3/3');
      await expectText(page.getByTestId('answer-applicant.phone'), '13800138000');
      await expectText(page.getByTestId('answer-delivery.method'), '到社保卡服务网点领取');
      await expectText(page.getByTestId('answer-applicant.idNumber'), '来自身份证');
      await shootBoth(page, 'bundle-3-check');

      // 修改 goes to the answer's page; 下一步 there comes straight back to 核对信息.
      await page.getByTestId('change-applicant.phone').click();
      await expectText(page.getByTestId('form-progress'), '步骤 1/3');
      expect(await page.getByTestId('field-applicant.phone').inputValue()).toBe('13800138000');
      await type(page, 'applicant.phone', '13900139000');
      await page.getByTestId('form-next').click();
      await expectText(page.getByTestId('form-progress'), '步骤 3/3');
      await expectText(page.getByTestId('answer-applicant.phone'), '13900139000');

      await page.getByTestId('submit').click();
      await settleMaterials(page);
      await page.getByTestId('case-number').waitFor({ timeout: 20_000 });
      await expect.poll(() => page.getByTestId('bundle-cases').locator('li').count()).toBe(4);
      for (const code of ['WH-RS-004', 'WH-RS-005', 'WH-RS-002', 'WH-RS-006']) {
        expect(await page.getByTestId(`case-number-${code}`).innerText()).toMatch(/\d/);
      }
      // Which number to keep, and each item's own department.
      await expectText(page.getByTestId('next-keep'), '请保留回执');
      expect(await page.locator('.next-keep-mark').count()).toBe(1);
      await shootBoth(page, 'bundle-4-done');
      await page.getByTestId('finish').click();
    });
  });

  it('tells a 68-year-old of the benefits he is due without applying, right after his card is read', async () => {
    await atKiosk(async (page) => {
      await identifyWithCard(page, kiosk.demo, { card: XIANG_JIANGUO });
      await expectText(page.getByTestId('benefit-MS-LNCC'), '老年人免费乘坐公交地铁');
      await expectText(page.getByTestId('benefits'), '无需申请');
      expect(await page.getByTestId('benefit-MS-GLJT').count()).toBe(0);
      await shootBoth(page, 'benefits');
      await page.getByTestId('go-home').click();
    });
  });

  it('fills the spouse from the e-结婚证, masked and marked; without the platform the citizen is told to type it', async () => {
    await atKiosk(async (page) => {
      await identifyWithCard(page, kiosk.demo);
      await page.getByTestId('identity-continue').click();
      await openItem(page, '生育登记', 'WH-WJ-003');
      await expectText(page.getByTestId('field-spouse.name'), '李*轩');
      await expectText(page.getByTestId('field-spouse.name'), '来自电子证照：结婚证');
      await expectText(page.getByTestId('field-spouse.idNumber'), '4201**********0038');
      expect(await page.content()).not.toContain('李明轩');
      await page.getByTestId('field-spouse.name').scrollIntoViewIfNeeded();
      await shootBoth(page, 'ecert-1-prefilled');
      await page.getByTestId('language').click();
      await expectText(page.getByTestId('field-spouse.name'), 'From your e-certificate: 结婚证');
      await expectText(page.getByTestId('form-progress'), 'Step 1 of 2');
      await shootBoth(page, 'ecert-1-english');
      await page.getByTestId('language').click();
      await type(page, 'applicant.phone', '13800138000');
      await page.getByTestId('form-next').click();
      await expectText(page.getByTestId('answer-spouse.name'), '来自电子证照：结婚证');
      expect(await page.getByTestId('change-spouse.name').count()).toBe(0);
      await page.getByTestId('submit').click();
      await settleMaterials(page);
      await page.getByTestId('case-number').waitFor({ timeout: 20_000 });
      await page.getByTestId('finish').click();

      await kiosk.demo.platform.stop();
      await identifyWithCard(page, kiosk.demo);
      await page.getByTestId('identity-continue').click();
      await openItem(page, '生育登记', 'WH-WJ-003');
      await expectText(page.getByTestId('certificates-unavailable'), '暂时无法调取您的电子证照');
      expect(await page.getByTestId('field-spouse.name').evaluate((e) => e.tagName)).toBe('INPUT');
      await shootBoth(page, 'ecert-2-unavailable');
      await leaveApplication(page);
    }).finally(() => kiosk.demo.platform.start());
  });
});
