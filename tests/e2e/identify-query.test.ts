import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import { applyForItem, identifyWithCard, leaveApplication } from '../support/citizen-steps.js';
import { expectText, keepPicture, shootLayouts, useKiosk } from './harness.js';

const chenId = CHEN_XIAOXIN.text.cardType === 'resident' ? CHEN_XIAOXIN.text.idNumber : '';
/** Chen's number with its last digit changed: one slip of the finger. */
const wrongCheckDigit = `${chenId.slice(0, 17)}${chenId.endsWith('1') ? '2' : '1'}`;
/** 30 February does not exist, whatever the other digits say. */
const impossibleBirth = `${chenId.slice(0, 6)}19900230${chenId.slice(14)}`;

async function tapKeys(page: Page, keys: string): Promise<void> {
  for (const key of keys) await page.getByTestId(`key-${key}`).click();
}

async function typeIdNumber(page: Page, idNumber: string): Promise<void> {
  await page.getByTestId('key-clear').click();
  await tapKeys(page, idNumber);
  await page.getByTestId('typed-id-next').click();
}

/** Home → card → item → form → 核对信息 → materials → submit; back home. Returns the case number. */
async function applyWithCard(page: Page, demo: RunningDemo): Promise<string> {
  await identifyWithCard(page, demo);
  await applyForItem(page);
  const caseNumber = (await page.getByTestId('case-number').innerText()).replace(/\s/g, '');
  await page.getByTestId('finish').click();
  return caseNumber;
}

describe('identify by typing, my cases, and query by a scanned receipt, in Chromium through the browser host', () => {
  const kiosk = useKiosk('identify-query');
  let page: Page;

  it('refuses a wrong check digit and an impossible birth date in plain words, then takes the typed number and a pinyin name, marked typed', async () => {
    page = await kiosk.openKiosk();
    await page.getByTestId('home-apply').click();
    await page.getByTestId('identify-typed').click();
    // The number pad opens by itself: the field is the screen's only task.
    await page.getByTestId('keyboard').waitFor();
    await typeIdNumber(page, wrongCheckDigit);
    await expectText(page.getByTestId('typed-id-error'), '最后一位校验不对，请核对');
    await shootLayouts(page, 'identify-query-1-typed-id-wrong-check-digit');
    await typeIdNumber(page, impossibleBirth);
    await expectText(page.getByTestId('typed-id-error'), '出生日期不存在');
    await typeIdNumber(page, chenId.slice(0, 17));
    await expectText(page.getByTestId('typed-id-error'), '18 位');
    await typeIdNumber(page, chenId);
    await page.getByTestId('typed-name').waitFor();
    await tapKeys(page, 'chenxiaoxin');
    await page.getByTestId('candidate-陈').click();
    await page.getByTestId('candidate-晓').click();
    await page.getByTestId('candidate-欣').click();
    await expect.poll(() => page.getByTestId('typed-name').inputValue()).toBe('陈晓欣');
    await shootLayouts(page, 'identify-query-2-typed-name');
    await page.getByTestId('typed-submit').click();
    // What the citizen typed a moment ago is shown whole, grouped as on the card, to be checked.
    await expectText(page.getByTestId('identity-name'), '陈晓欣');
    await expectText(page.getByTestId('identity-id'), `${chenId.slice(0, 6)} ${chenId.slice(6, 14)} ${chenId.slice(14)}`);
    await expectText(page.getByTestId('identity-typed'), '手动输入');
    await shootLayouts(page, 'identify-query-3-confirm-typed');
    // 修改 opens the number and then the name again, as typed, to correct.
    await page.getByTestId('identity-back').click();
    await expect.poll(() => page.getByTestId('typed-id').inputValue()).toBe(chenId);
    await page.getByTestId('typed-id-next').click();
    await expect.poll(() => page.getByTestId('typed-name').inputValue()).toBe('陈晓欣');
    await page.getByTestId('typed-submit').click();
    await expectText(page.getByTestId('identity-name'), '陈晓欣');
    await page.getByTestId('language').click();
    await expectText(page.getByTestId('identity-typed'), 'You typed your ID number');
    await shootLayouts(page, 'identify-query-3-confirm-typed-english');
    await page.getByTestId('language').click();
    await page.getByTestId('identity-continue').click();
    // On the form, the fields taken from that identity say they were typed, not read from a card.
    await page.getByTestId('item-WH-RS-002').click();
    await expectText(page.locator('.prefilled-tag').first(), '手动输入');
    expect(await page.locator('.prefilled-idcard').count()).toBe(0);
    await leaveApplication(page);
  });

  let caseNumber = '';

  it('lists the citizen own cases after a card read, with the status timeline, and prints a status slip and the receipt again', async () => {
    caseNumber = await applyWithCard(page, kiosk.demo);
    await page.getByTestId('home-query').click();
    await shootLayouts(page, 'identify-query-4-query');
    await page.getByTestId('query-mine').click();
    // Seeing one's own cases needs the card: an ID number typed by anyone would open them.
    await expectText(page.getByTestId('identify-status'), '正在读取');
    expect(await page.getByTestId('identify-typed').count()).toBe(0);
    kiosk.demo.devices.idcardSim?.placeCard(CHEN_XIAOXIN);
    await page.getByTestId(`my-case-${caseNumber}`).waitFor();
    kiosk.demo.devices.idcardSim?.removeCard();
    await shootLayouts(page, 'identify-query-5-my-cases');
    await page.getByTestId(`my-case-${caseNumber}`).click();
    await expectText(page.getByTestId('query-status'), '已受理，正在审核');
    await expectText(page.getByTestId('query-expected'), '前办结');
    await expectText(page.getByTestId('query-timeline'), '终端受理');
    await expectText(page.getByTestId('query-timeline'), '平台已接收');

    const printed = kiosk.demo.devices.printerSim?.receipts ?? [];
    const before = printed.length;
    await page.getByTestId('print-slip').click();
    await expectText(page.getByTestId('print-slip-state'), '进度单已打印');
    expect(printed).toHaveLength(before + 1);
    const slip = printed[before];
    for (const words of ['办件进度', caseNumber, '当前状态', '已受理，正在审核', '预计办结', '平台已接收', '终端受理', `[QR:${caseNumber}]`]) expect(slip?.text).toContain(words);
    expect(slip?.text).not.toContain('陈');
    if (slip?.pngPath) keepPicture(slip.pngPath, 'identify-query-6-status-slip-paper');

    await page.getByTestId('reprint').click();
    await expectText(page.getByTestId('reprint-state'), '回执已补打');
    expect(printed).toHaveLength(before + 2);
    expect(printed[before + 1]?.text).toContain('补打');
    await shootLayouts(page, 'identify-query-6-query-found');
    // Back to the list the case was opened from, without reading the card again.
    await page.getByTestId('query-back-mine').click();
    await page.getByTestId(`my-case-${caseNumber}`).waitFor();
    await page.getByTestId('go-home').click();
  });

  it('finds a case from its receipt QR: the scanner types the payload and Enter, and a link with the number in it works too', async () => {
    await page.getByTestId('home-query').click();
    await page.getByTestId('query-submit').waitFor();
    await page.keyboard.type(caseNumber);
    await page.keyboard.press('Enter');
    await expectText(page.getByTestId('query-status'), '已受理，正在审核');
    await expect.poll(() => page.getByTestId('query-input').inputValue()).toBe(caseNumber);
    await page.getByTestId('go-home').click();
    await page.getByTestId('home-query').click();
    await page.getByTestId('query-submit').waitFor();
    await page.keyboard.type(`https://zwfw.example.cn/query?case=${caseNumber.toLowerCase()}`);
    await page.keyboard.press('Enter');
    await expectText(page.getByTestId('query-status'), '已受理，正在审核');
    await expect.poll(() => page.getByTestId('query-input').inputValue()).toBe(caseNumber);
    await shootLayouts(page, 'identify-query-7-query-scanned');
    await page.close();
  });

  it('takes a citizen who is not the person on the card back to the reader, and reads the next card', async () => {
    page = await kiosk.openKiosk();
    await identifyWithCard(page, kiosk.demo);
    await page.getByTestId('identity-back').click();
    await expectText(page.getByTestId('identify-status'), '正在读取');
    kiosk.demo.devices.idcardSim?.placeCard(CHEN_XIAOXIN);
    await expectText(page.getByTestId('identity-name'), '陈*欣');
    kiosk.demo.devices.idcardSim?.removeCard();
    await page.close();
  });
});
