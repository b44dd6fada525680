import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScannerSimulator } from '../../drivers/sim/scanner-sim.js';
import { answerChoiceItem, applyForItem, identifyWithCard, leaveApplication } from '../support/citizen-steps.js';
import { expectText, shoot, useKiosk } from './harness.js';

describe('code scanners on the citizen screens, in Chromium through the browser host', () => {
  const kiosk = useKiosk('scanner');
  let page: Page;
  let caseNumber = '';
  const scanner = (): ScannerSimulator => kiosk.demo.devices.scannerSim ?? expect.fail('the demo did not put the scanner simulator on a pty');

  beforeAll(async () => {
    page = await kiosk.openKiosk();
    await identifyWithCard(page, kiosk.demo);
    await applyForItem(page);
    caseNumber = (await page.getByTestId('case-number').innerText()).replace(/\s/g, '');
    await page.getByTestId('finish').click();
  });

  it('opens the case of a receipt QR held to the serial scanner, from whatever screen shows', async () => {
    await page.getByTestId('home-guides').click();
    await scanner().scan(caseNumber);
    await page.getByTestId('query-timeline').waitFor();
    expect(await page.getByTestId('query-input').inputValue()).toBe(caseNumber);
    await shoot(page, 'scanner-1-receipt-opens-case');
    await page.getByTestId('go-home').click();
  });

  it('opens a poster item code’s guide, offering 在本机办理, and says so of a code it does not know', async () => {
    await scanner().scan('https://zwfw.hubei.gov.cn/guide?item=WH-RS-002');
    await page.getByTestId('guide-body').waitFor();
    await expectText(page.getByTestId('guide-apply'), '在本机办理');
    await shoot(page, 'scanner-2-item-guide');
    await scanner().scan('6901234567892', 'EAN/UPC');
    await expectText(page.getByTestId('scan-notice'), '本机不认识这个码');
    await shoot(page, 'scanner-3-unknown-code');
    await page.getByTestId('go-home').click();
  });

  it('leaves a citizen’s open form where it is when a receipt is scanned', async () => {
    await identifyWithCard(page, kiosk.demo);
    await answerChoiceItem(page);
    // On the materials screen first: the notice goes when the screen changes, and under load the
    // change that follows 提交 could otherwise come after the scan and take the notice with it.
    await page.getByTestId('materials-submit').waitFor({ timeout: 20_000 });
    await scanner().scan(caseNumber);
    await expectText(page.getByTestId('scan-notice'), '您正在填写申请');
    expect(await page.getByTestId('query-timeline').count()).toBe(0);
    await leaveApplication(page);
  });

  it('keeps a wedge scan out of a focused field, and lets a person’s slow keys into it', async () => {
    await page.getByTestId('home-query').click();
    const field = page.getByTestId('query-input');
    await field.focus();
    await page.keyboard.type('HELLO WORLD 123');
    await page.keyboard.press('Enter');
    await expectText(page.getByTestId('scan-notice'), '本机不认识这个码');
    expect(await field.inputValue()).toBe('');
    await page.keyboard.type('WH12', { delay: 180 });
    await expect.poll(() => field.inputValue()).toBe('WH12');
    await page.getByTestId('go-home').click();
  });
});
