import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choiceItem, identifyWithCard } from '../support/citizen-steps.js';
import { expectText, shootLayouts, useKiosk } from './harness.js';

/** 社会保障卡补领's one choice, 邮寄 picked. */
const choice = 'option-delivery.method-post';

function checked(page: Page, testId: string): Promise<string | null> {
  return page.getByTestId(testId).getAttribute('aria-checked');
}

/** A citizen's work is never thrown away without asking, and their own settings last their visit. */
describe('work kept while the citizen moves around, in Chromium through the browser host', () => {
  const kiosk = useKiosk('keep-work');

  it('keeps the answers after looking at another item, and after 上一步 on the materials', async () => {
    const page = await kiosk.openKiosk();
    await identifyWithCard(page, kiosk.demo);
    await page.getByTestId('identity-continue').click();
    await page.getByTestId(`item-${choiceItem}`).click();
    await page.getByTestId(choice).click();
    await page.getByTestId('form-back').click();
    await page.getByTestId('item-WH-MZ-003').click();
    await page.getByTestId('form-back').click();
    await page.getByTestId(`item-${choiceItem}`).click();
    await expect.poll(() => checked(page, choice)).toBe('true');
    await page.getByTestId('form-next').click();
    await page.getByTestId('submit').click();
    await page.getByTestId('materials-submit').waitFor();
    await shootLayouts(page, 'keep-work-1-materials-back');
    await page.getByTestId('materials-back').click();
    await page.getByTestId('check-answers').waitFor();
    await expectText(page.getByTestId('answer-delivery.method'), '邮寄');
    await page.close();
  });

  it('asks before 返回首页 drops a form, and keeps 长者模式 and English for the same citizen', async () => {
    const page = await kiosk.openKiosk();
    await page.getByTestId('home-elderly').click();
    await identifyWithCard(page, kiosk.demo);
    await page.getByTestId('language').click();
    await page.getByTestId('identity-continue').click();
    await page.getByTestId(`item-${choiceItem}`).click();
    await page.getByTestId(choice).click();
    await page.getByTestId('go-home').click();
    await expectText(page.getByTestId('leave-dialog'), 'Leave this application?');
    await shootLayouts(page, 'keep-work-2-leave-question');
    await page.getByTestId('leave-stay').click();
    await page.getByTestId('leave-dialog').waitFor({ state: 'detached' });
    expect(await checked(page, choice)).toBe('true');
    await page.getByTestId('go-home').click();
    await page.getByTestId('leave-confirm').click();
    await expectText(page.getByTestId('home-apply'), 'Apply');
    expect(await page.getByTestId('home-elderly').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });
});
