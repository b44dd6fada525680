// What the citizen is told after 提交, on the screen and on the receipt, through the browser host
// in Chromium with the simulated card reader and receipt printer.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { identifyWithAppCode } from '../support/app-code.js';
import { answerChoiceItem, applyForItem, identifyWithCard, settleMaterials } from '../support/citizen-steps.js';
import { qrPath } from '../../ui-shared/qr-path.js';
import { expectText, keepPicture, landscape, portrait, shootLayouts, useKiosk, type Viewport } from './harness.js';

/** The receipt the simulator printed last, its lines as printed and all of it without spaces. */
function lastReceipt(kiosk: ReturnType<typeof useKiosk>, before: number): { text: string; flat: string; pngPath?: string } {
  const printed = kiosk.demo.devices.printerSim?.receipts ?? [];
  expect(printed.length).toBeGreaterThan(before);
  const receipt = printed[printed.length - 1];
  const text = receipt?.text ?? '';
  return { text, flat: text.replace(/\s+/g, ''), ...(receipt?.pngPath ? { pngPath: receipt.pngPath } : {}) };
}

const printedCount = (kiosk: ReturnType<typeof useKiosk>): number => kiosk.demo.devices.printerSim?.receipts.length ?? 0;

/** The first 2026年12月4日-style date in a text. */
function firstDate(text: string): string {
  return /\d{4}年\d{1,2}月\d{1,2}日/.exec(text)?.[0] ?? 'no date';
}

describe('the done screen and the receipt say what happens next', () => {
  const kiosk = useKiosk('after-submit');

  async function applyAndWait(page: Page): Promise<void> {
    await applyForItem(page);
    await expectText(page.getByTestId('receipt-state'), '回执已打印');
  }

  it('after a card read: take the card back, the owed photo with its date and place, the result, the department and phone; the receipt says the same', async () => {
    const page = await kiosk.openKiosk();
    const before = printedCount(kiosk);
    await identifyWithCard(page, kiosk.demo);
    await applyAndWait(page);
    await expectText(page.getByTestId('take-card'), '请取回您的身份证');
    // 在手机上继续: the code holds the case's page on the provincial app, as the demo's config words it.
    const caseNumber = (await page.getByTestId('case-number').innerText()).replace(/\s/g, '');
    const link = `https://ehb.example.invalid/case?no=${caseNumber}`;
    expect(await page.getByTestId('phone-qr').locator('path').getAttribute('d')).toBe(qrPath(link).path);
    await expectText(page.getByTestId('phone-qr-box'), '在手机上继续');
    await shootLayouts(page, 'after-submit-phone-qr', page.getByTestId('phone-qr-box'));
    const owed = await page.getByTestId('next-owed').innerText();
    expect(owed).toContain('证件照');
    expect(owed).toContain('补交截止');
    expect(owed).toContain('武汉市民之家');
    const cases = await page.getByTestId('next-cases').innerText();
    for (const words of ['办结时间', '个工作日内', '社保卡服务网点领取或邮寄', '武汉市人力资源和社会保障局', '027-12345']) expect(cases).toContain(words);
    await shootLayouts(page, 'after-submit-1-done-card', page.getByTestId('next-steps'));

    // The receipt prints the same answer: the same due date and place, the same promised date.
    const receipt = lastReceipt(kiosk, before);
    expect(receipt.flat).toContain(`${firstDate(owed)}前补交`);
    expect(receipt.flat).toContain(`（${firstDate(cases)}前）`);
    for (const words of ['补交方式：带上材料和本回执，到武汉市民之家', '武汉市人力资源和社会保障局', '027-12345', '扫下方二维码：在自助终端查询进度']) expect(receipt.flat).toContain(words);
    // The number in the chunks the screen shows, and no stray 度。 line.
    const onScreen = await page.getByTestId('case-number').locator('span').allInnerTexts();
    expect(receipt.text.split('\n').map((line) => line.trim())).toContain(onScreen.join(' '));
    expect(receipt.text.split('\n').filter((line) => /^\s*\S。$/.test(line))).toEqual([]);
    if (receipt.pngPath) keepPicture(receipt.pngPath, 'after-submit-1-receipt');

    await page.getByTestId('language').click();
    await expectText(page.getByTestId('take-card'), 'Please take your ID card back');
    await expectText(page.getByTestId('next-steps'), 'What happens next');
    await shootLayouts(page, 'after-submit-2-done-card-english', page.getByTestId('next-steps'));
    await page.getByTestId('finish').click();
    await page.close();
  });

  it('in 长者模式 after the 鄂汇办 code: no card to take back, the same next steps, large', async () => {
    const page = await kiosk.openKiosk();
    await page.getByTestId('home-elderly').click();
    await identifyWithAppCode(page, kiosk.demo);
    await applyAndWait(page);
    await page.getByTestId('next-steps').waitFor();
    expect(await page.getByTestId('take-card').count()).toBe(0);
    await expectText(page.getByTestId('next-cases'), '027-12345');
    await shootLayouts(page, 'after-submit-3-done-elderly', page.getByTestId('next-steps'));
    await shootLayouts(page, 'after-submit-3-phone-qr-elderly', page.getByTestId('phone-qr-box'));
    await page.getByTestId('finish').click();
    await page.close();
  });
  /** Where 完成 is on the glass. */
  async function finishBox(page: Page): Promise<{ x: number; y: number; bottom: number }> {
    const box = await page.getByTestId('finish').boundingBox();
    if (!box) throw new Error('完成 is not on the done screen');
    return { x: Math.round(box.x), y: Math.round(box.y), bottom: Math.round(box.y + box.height) };
  }

  for (const [layout, viewport, elderly] of [
    ['portrait', portrait, false],
    ['landscape', landscape, false],
    ['portrait, 长者模式', portrait, true],
  ] as const satisfies readonly (readonly [string, Viewport, boolean])[]) {
    it(`${layout}: 完成 is on the glass as the case number shows, and stays where it is as the receipt, upload and A4 facts arrive above it`, async () => {
      const page = await kiosk.openKiosk(viewport);
      if (elderly) await page.getByTestId('home-elderly').click();
      await identifyWithCard(page, kiosk.demo);
      await answerChoiceItem(page);
      await settleMaterials(page);
      await page.getByTestId('case-number').waitFor();
      const first = await finishBox(page);
      await expectText(page.getByTestId('receipt-state'), '回执已打印');
      await page.getByTestId('form-a4').waitFor();
      expect(await finishBox(page)).toEqual(first);
      expect(first.bottom).toBeLessThanOrEqual(viewport.height);
      await page.close();
    });
  }
});
