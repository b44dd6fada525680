import { describe, expect, it } from 'vitest';
import { makeCaseNumber } from '../../standards/case-number.js';
import { expectText, landscape, portrait, shoot, useKiosk } from './harness.js';

describe('the language switch', () => {
  const kiosk = useKiosk('language');

  for (const viewport of [portrait, landscape]) {
    it(`shows the screens in English on a tap, keeps it for the same citizen, and the next in Chinese (${viewport.width}×${viewport.height})`, async () => {
      const page = await kiosk.browser.newPage({ viewport });
      await page.clock.install();
      await page.goto(kiosk.demo.kioskUrl ?? '');
      await expectText(page.getByTestId('home-apply'), '我要办');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await page.getByTestId('language').click();
      await expectText(page.getByTestId('home-apply'), 'Apply');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await shoot(page, `home-en-${viewport.width}x${viewport.height}`);
      await page.getByTestId('home-query').click();
      await expectText(page.getByTestId('go-home'), 'Home');
      // 返回首页 is the same citizen going on to another errand: still in English.
      await page.getByTestId('go-home').click();
      await expectText(page.getByTestId('home-apply'), 'Apply');
      // Walked away: after the idle question goes unanswered, the next person starts in Chinese.
      await page.clock.fastForward(61_000);
      await page.getByTestId('idle-overlay').waitFor();
      await page.clock.fastForward(16_000);
      await expectText(page.getByTestId('home-apply'), '我要办');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await page.close();
    });
  }

  it('says what the core refused in English too', async () => {
    const page = await kiosk.openKiosk();
    await page.getByTestId('language').click();
    await page.getByTestId('home-query').click();
    // A well-formed number no terminal gave out, as a receipt scanner types it.
    await page.keyboard.type(makeCaseNumber('WH0009', '20261123', 99) ?? '');
    await page.keyboard.press('Enter');
    const error = page.getByTestId('query-error');
    await expectText(error, 'No case with this number was found');
    expect(await error.innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await shoot(page, 'query-error-en');
    await page.close();
  });
});
