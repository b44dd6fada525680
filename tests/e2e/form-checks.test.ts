// How a form checks what the citizen typed, through the browser host in Chromium: every field of
// a page at once in the catalog's words, lengths held while typing, and dates by the item's rules.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { identifyWithCard } from '../support/citizen-steps.js';
import { expectText, shootLayouts, useKiosk } from './harness.js';

async function openItem(page: Page, kiosk: ReturnType<typeof useKiosk>, [query, code]: readonly [string, string], elderly = false): Promise<void> {
  await page.goto(kiosk.demo.kioskUrl ?? '');
  if (elderly) await page.getByTestId('home-elderly').click();
  await identifyWithCard(page, kiosk.demo);
  await page.getByTestId('identity-continue').click();
  await page.getByTestId('item-search').fill(query);
  await page.getByTestId(`item-${code}`).click();
  await page.getByTestId('form-progress').waitFor();
}

const sewer = ['排水许可', 'WH-SWJ-001'] as const;

describe('checking a form', () => {
  const kiosk = useKiosk('form-checks');

  it('names every problem of a page at once, in the catalog words, and stops typing at the catalog limit', async () => {
    const page = await kiosk.newPage();
    await openItem(page, kiosk, sewer);
    await page.getByTestId('field-applicant.phone').fill('123');
    await page.getByTestId('form-next').click();
    // Two left empty and one wrong: all three together, not the wrong one after the empty ones are filled.
    const errors = page.getByTestId('form-errors');
    await expectText(errors, '请填写 11 位手机号码');
    await expectText(errors, '请填写“店铺名称”');
    await expectText(errors, '请填写“经营场所地址”');
    await shootLayouts(page, 'form-checks-1-all-at-once');

    // The catalog allows 50 characters for a shop's name: the 51st key does nothing.
    await page.getByTestId('field-business.name').click();
    await page.keyboard.type('a'.repeat(60));
    expect((await page.getByTestId('field-business.name').inputValue()).length).toBe(50);
    await page.close();
  });
});
