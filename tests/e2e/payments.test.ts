// 缴费 in Chromium through the browser host: a 非税 notice paid with the simulated gateway, its
// e-receipt on the simulated receipt printer; decline and cancel in 长者模式 and English; offline.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNotices } from '../../platform/payments/non-tax.js';
import { answerPages, identifyWithCard, settleMaterials } from '../support/citizen-steps.js';
import { expectText, keepPicture, shootLayouts, useKiosk } from './harness.js';

const [idCardFee, landFee] = demoNotices.map((n) => n.noticeNumber) as [string, string];
/** 居民身份证换领: the demo item that charges a fee (工本费 ¥20.00). */
const feeItem = 'WH-GA-002';

describe('缴费 with a phone', () => {
  const kiosk = useKiosk('payments');
  const simulator = () => kiosk.demo.platform.payments;
  /** The case whose fee the second test pays: the next marks it 不予受理. */
  let paidCase = '';

  async function showNotice(page: Page, noticeNumber: string): Promise<void> {
    await page.getByTestId('home-pay').click();
    await page.getByTestId('pay-notice-input').fill(noticeNumber);
    await page.getByTestId('pay-submit').click();
    await page.getByTestId('pay-notice').waitFor();
  }

  /** 按办件编号缴费: its own field, on the letters-and-digits pad. */
  async function showCase(page: Page, caseNumber: string): Promise<void> {
    await page.getByTestId('home-pay').click();
    await page.getByTestId('pay-by-case').click();
    await page.getByTestId('pay-case-input').fill(caseNumber);
    await page.getByTestId('pay-submit').click();
  }

  /** The QR code's order, as the phone that scans it would read it. */
  async function orderOnScreen(page: Page): Promise<string> {
    await page.getByTestId('pay-start').click();
    const payload = (await page.getByTestId('pay-qr').getAttribute('data-payload')) ?? '';
    return new URL(payload).searchParams.get('order') ?? '';
  }

  it('pays a notice when the phone approves, prints its receipt, and finds it paid the next time', async () => {
    simulator().mode = 'approve';
    const page = await kiosk.openKiosk();
    await shootLayouts(page, 'pay-0-home');
    await showNotice(page, idCardFee);
    await expectText(page.getByTestId('pay-amount'), '¥20.00');
    await expectText(page.getByTestId('pay-notice'), '陈*欣');
    await shootLayouts(page, 'pay-1-notice');
    const orderId = await orderOnScreen(page);
    await expectText(page.getByTestId('pay-waiting'), '正在等待支付结果');
    await shootLayouts(page, 'pay-2-qr', page.getByTestId('pay-qr'));
    await simulator().payByPhone(orderId);
    await expectText(page.getByTestId('pay-result'), '缴费成功');

    const before = kiosk.demo.devices.printerSim?.receipts.length ?? 0;
    await page.getByTestId('pay-receipt').click();
    await expectText(page.getByTestId('pay-receipt-state'), '凭证已打印');
    const receipts = kiosk.demo.devices.printerSim?.receipts ?? [];
    expect(receipts.length).toBe(before + 1);
    const receipt = receipts[receipts.length - 1];
    const flat = (receipt?.text ?? '').replace(/\s+/g, '');
    for (const words of ['缴费凭证', '居民身份证工本费', '陈*欣', idCardFee, '¥20.00', '支付成功', '12345']) expect(flat).toContain(words);
    expect(flat).not.toContain('陈晓欣');
    if (receipt?.pngPath) keepPicture(receipt.pngPath, 'pay-3-receipt');
    await shootLayouts(page, 'pay-3-paid');

    await page.getByTestId('pay-finish').click();
    await showNotice(page, idCardFee);
    await expectText(page.getByTestId('pay-paid-already'), '已缴清');
    expect(await page.getByTestId('pay-start').count()).toBe(0);
  });

  it('pays the fee of an item right after submitting it, prints its receipt, and finds it paid by the case number later', async () => {
    simulator().mode = 'approve';
    const page = await kiosk.openKiosk();
    await identifyWithCard(page, kiosk.demo);
    await page.getByTestId('identity-continue').click();
    await page.getByTestId('item-search').fill('身份证换领');
    await page.getByTestId(`item-${feeItem}`).click();
    await answerPages(page, { 'applicant.phone': '13800000000' });
    await page.getByTestId('submit').click();
    await settleMaterials(page);
    await expectText(page.getByTestId('fees-due'), '居民身份证工本费 ¥20.00');
    const caseNumber = (await page.getByTestId('case-number').innerText()).replace(/\s/g, '');
    await shootLayouts(page, 'pay-fee-1-done');
    await page.getByTestId('pay-fees').click();
    await expectText(page.getByTestId('pay-case-fees'), caseNumber);
    await shootLayouts(page, 'pay-fee-2-fees');
    const orderId = await orderOnScreen(page);
    await simulator().payByPhone(orderId);
    await expectText(page.getByTestId('pay-result'), '缴费成功');
    await page.getByTestId('pay-receipt').click();
    await expectText(page.getByTestId('pay-receipt-state'), '凭证已打印');
    const receipts = kiosk.demo.devices.printerSim?.receipts ?? [];
    const flat = (receipts[receipts.length - 1]?.text ?? '').replace(/\s+/g, '');
    for (const words of ['缴费凭证', '居民身份证工本费', caseNumber, '¥20.00', '支付成功']) expect(flat).toContain(words);
    await page.getByTestId('pay-finish').click();
    // Back at the terminal later, by the case number: paid, nothing more to pay.
    await showCase(page, caseNumber);
    await expectText(page.getByTestId('pay-paid-already'), '已缴清');
    await shootLayouts(page, 'pay-fee-3-paid-later');

    paidCase = caseNumber;
  });

  it('shows the citizen querying a case marked 不予受理 why, and what went back, in 长者模式 and English too', async () => {
    const { platform } = kiosk.demo;
    const marked = await fetch(`${platform.url}/v1/admin/cases/${paidCase}/not-proceeding`, {
      method: 'POST',
      headers: { authorization: `Bearer ${platform.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'rejected', reason: '申请材料不符合法定形式' }),
    });
    expect(marked.status).toBe(200);
    const page = await kiosk.openKiosk();
    const query = async (): Promise<void> => {
      await page.getByTestId('home-query').click();
      await page.getByTestId('query-input').fill(paidCase);
      await page.getByTestId('query-submit').click();
    };
    await query();
    await expectText(page.getByTestId('query-not-proceeding'), '不予受理：申请材料不符合法定形式；已退费 ¥20.00');
    await expectText(page.getByTestId('query-status'), '不予受理');
    expect(await page.getByTestId('query-expected').count()).toBe(0);
    await shootLayouts(page, 'query-not-proceeding');
    await page.getByTestId('go-home').click();
    await page.getByTestId('home-elderly').click();
    await page.getByTestId('language').click();
    await query();
    await expectText(page.getByTestId('query-not-proceeding'), 'Not accepted: 申请材料不符合法定形式; ¥20.00 refunded');
    await shootLayouts(page, 'query-not-proceeding-elderly-en');
    // Its fee is not taken again: the pay screen says so by the case number.
    await page.getByTestId('go-home').click();
    await showCase(page, paidCase);
    await expectText(page.getByTestId('pay-error'), /无需缴费|nothing is due/);
    await shootLayouts(page, 'pay-case-not-proceeding-elderly-en', page.getByTestId('pay-error'));
  });

  it('takes a case number and a notice number each in its own field, on its own keys, and says what a right one looks like', async () => {
    const page = await kiosk.openKiosk();
    await page.getByTestId('home-pay').click();
    // The notice's field opens the digits pad, and refuses a case number's letters before asking anyone.
    await page.getByTestId('pay-notice-input').click();
    await page.getByTestId('keyboard').waitFor();
    expect(await page.getByTestId('keyboard').getAttribute('class')).toContain('keyboard-number');
    await page.getByTestId('pay-notice-input').fill('4201002503');
    await page.getByTestId('pay-submit').click();
    await expectText(page.getByTestId('pay-input-shape'), '缴款通知书编号为20位数字');
    await shootLayouts(page, 'pay-8-notice-shape');
    // 按办件编号缴费: letters and digits, the check character checked.
    await page.getByTestId('pay-by-case').click();
    expect(await page.getByTestId('pay-input-shape').count()).toBe(0);
    await page.getByTestId('pay-case-input').click();
    expect(await page.getByTestId('keyboard').getAttribute('class')).toContain('keyboard-code');
    await page.getByTestId('pay-case-input').fill('WH00012026112300017Q');
    await page.getByTestId('pay-submit').click();
    await expectText(page.getByTestId('pay-input-shape'), '办件编号有误');
    await shootLayouts(page, 'pay-9-case-shape');
  });

  it('in 长者模式 and English: a declined payment, tried again and cancelled, charges nothing', async () => {
    simulator().mode = 'decline';
    const page = await kiosk.openKiosk();
    await page.getByTestId('home-elderly').click();
    await page.getByTestId('language').click();
    await showNotice(page, landFee);
    await shootLayouts(page, 'pay-4-notice-elderly-en');
    await simulator().payByPhone(await orderOnScreen(page));
    await expectText(page.getByTestId('pay-result'), 'did not go through');
    await shootLayouts(page, 'pay-5-declined-elderly-en');
    await page.getByTestId('pay-again').click();
    const second = await orderOnScreen(page);
    await shootLayouts(page, 'pay-6-qr-elderly-en', page.getByTestId('pay-qr'));
    await page.getByTestId('pay-cancel').click();
    await expectText(page.getByTestId('pay-result'), 'Payment cancelled');
    expect((await simulator().query(second)).state).toBe('closed');
  });

  it('says plainly that it cannot take payments while offline', async () => {
    const page = await kiosk.openKiosk();
    await kiosk.demo.platform.stop();
    try {
      await page.getByTestId('offline-banner').waitFor({ timeout: 20_000 });
      await page.getByTestId('home-pay').click();
      await expectText(page.getByTestId('pay-offline'), '网络中断，暂时不能缴费');
      await shootLayouts(page, 'pay-7-offline');
    } finally {
      await kiosk.demo.platform.start();
    }
  });
});
