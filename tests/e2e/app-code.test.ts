import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import { appCodeOf, scan } from '../support/app-code.js';
import { applyForItem } from '../support/citizen-steps.js';
import { expectText, shoot, useKiosk } from './harness.js';

const chenId = CHEN_XIAOXIN.text.cardType === 'resident' ? CHEN_XIAOXIN.text.idNumber : '';
/** 查询打印 → 我的办件: the identify screen, for the citizen's own cases (no typing offered). */
async function openMyCases(page: Page): Promise<void> {
  await page.getByTestId('home-query').click();
  await page.getByTestId('query-mine').click();
  await page.getByTestId('app-code').waitFor();
}

describe('signing in with the 鄂汇办 code on the wedge scanner, in Chromium through the browser host', () => {
  const kiosk = useKiosk('app-code');
  let page: Page;
  let caseNumber = '';
  beforeAll(async () => {
    page = await kiosk.openKiosk();
  });

  it('takes a scanned code, shows the citizen masked and what the code does not open, and applies', async () => {
    await page.getByTestId('home-apply').click();
    await expectText(page.getByTestId('app-code'), '扫鄂汇办码');
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    await shoot(page, 'app-code-1-identify');
    await scan(page, appCodeOf(kiosk.demo));
    await expectText(page.getByTestId('identity-name'), '陈*欣');
    await expectText(page.getByTestId('identity-id'), `${chenId.slice(0, 4)}**********${chenId.slice(-4)}`);
    await expectText(page.getByTestId('identity-appCode'), '不能自动调取电子证照');
    const shown = await page.content();
    expect(shown).not.toContain(chenId);
    expect(shown).not.toContain('陈晓欣');
    await shoot(page, 'app-code-2-confirm');
    await applyForItem(page);
    caseNumber = (await page.getByTestId('case-number').innerText()).replace(/\s/g, '');
    await page.getByTestId('finish').click();
  });

  it('opens the citizen own cases to a fresh code, and refuses that code scanned again in plain words', async () => {
    await openMyCases(page);
    const code = appCodeOf(kiosk.demo);
    await scan(page, code);
    await page.getByTestId(`my-case-${caseNumber}`).waitFor();
    await page.getByTestId('go-home').click();

    await openMyCases(page);
    // Another code in between: the core counts the same code twice within a second once, and the
    // test is back on this screen faster than a citizen could walk back to the scanner.
    await scan(page, 'https://zwfw.example.cn/query?case=1');
    await expectText(page.getByTestId('app-code-error'), '这不是鄂汇办的身份码');
    await scan(page, code);
    await expectText(page.getByTestId('app-code-error'), '这个码已经用过了，请在鄂汇办中刷新后再扫');
    await shoot(page, 'app-code-3-used');
    await page.getByTestId('language').click();
    await expectText(page.getByTestId('app-code-error'), 'This code was already used. Refresh it in E-Hui-Ban and scan again');
    await page.getByTestId('language').click();
  });

  it('refuses an expired code and something that is no code at all, each saying what to do', async () => {
    // The language button just tapped keeps the focus: the scanner's Enter must not press it too.
    await scan(page, appCodeOf(kiosk.demo, { expiresIn: -120 }));
    await expectText(page.getByTestId('app-code-error'), '码已过期，请在鄂汇办中刷新后再扫');
    await scan(page, 'https://zwfw.example.cn/query?case=1');
    await expectText(page.getByTestId('app-code-error'), '这不是鄂汇办的身份码');
    await shoot(page, 'app-code-4-not-a-code');
    // Still listening: the next good code signs the citizen in.
    await scan(page, appCodeOf(kiosk.demo));
    await page.getByTestId(`my-case-${caseNumber}`).waitFor();
  });
});
