// 短信通知 from the done screen: the number typed on the phone pad, the code the platform texts
// to it typed back, and the progress message the demo's SMS gateway receives.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import { applyForItem, identifyWithCard } from '../support/citizen-steps.js';
import { expectText, shootLayouts, useKiosk } from './harness.js';

const phone = '13912345678';

async function tapDigits(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await page.getByTestId(`key-${digit}`).click();
}

/** Every file under `dir`, for a search of what the kiosk wrote down. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('progress by SMS, in Chromium through the browser host', () => {
  const kiosk = useKiosk('sms');

  it('confirms the number with the texted code, then texts the case’s progress; the kiosk keeps the number nowhere', async () => {
    const page = await kiosk.openKiosk();
    await identifyWithCard(page, kiosk.demo);
    await applyForItem(page);
    const caseNumber = (await page.getByTestId('case-number').innerText()).replace(/\s/g, '');
    await page.getByTestId('sms-open').click();
    await expect(page.getByTestId('sms-send').isDisabled()).resolves.toBe(true);
    await tapDigits(page, phone);
    await page.getByTestId('key-done').click();
    await page.getByTestId('sms-send').click();
    await expectText(page.getByTestId('sms-signup'), '验证码已发送到 139****5678');
    const sms = kiosk.demo.platform.sms;
    const code = /验证码 (\d{6})/.exec(sms.sent.at(-1)?.text ?? '')?.[1] ?? '';
    expect(sms.sent.at(-1)?.phone).toBe(phone);
    await shootLayouts(page, 'sms-code', page.getByTestId('sms-signup'));

    await page.getByTestId('sms-code').click();
    await tapDigits(page, code === '000000' ? '111111' : '000000');
    await page.getByTestId('sms-confirm').click();
    await expectText(page.getByTestId('sms-error'), '验证码不正确，还可输入 4 次');
    await page.getByTestId('key-clear').click();
    await tapDigits(page, code);
    await page.getByTestId('sms-confirm').click();
    await expectText(page.getByTestId('sms-subscribed'), '已开通：办理进度将以短信发送到 139****5678');
    await shootLayouts(page, 'sms-subscribed', page.getByTestId('sms-subscribed'));
    await expect.poll(() => sms.sent.filter((m) => m.phone === phone && m.text.includes(`${caseNumber} 已受理`)).length, { timeout: 20_000 }).toBe(1);

    const kioskFiles = filesUnder(kiosk.demo.coreConfig.dataDir);
    expect(kioskFiles.filter((file) => readFileSync(file).includes(phone))).toEqual([]);
    await page.close();
  });

  it('is offered on a case opened from 我的办件, for the card-identified applicant', async () => {
    const page = await kiosk.openKiosk();
    await identifyWithCard(page, kiosk.demo);
    await applyForItem(page);
    const caseNumber = (await page.getByTestId('case-number').innerText()).replace(/\s/g, '');
    await page.getByTestId('finish').click();
    await page.getByTestId('home-query').click();
    await page.getByTestId('query-mine').click();
    const reader = kiosk.demo.devices.idcardSim;
    reader?.placeCard(CHEN_XIAOXIN);
    await page.getByTestId(`my-case-${caseNumber}`).click();
    reader?.removeCard();
    await page.getByTestId('query-status').waitFor();
    await page.getByTestId('sms-open').click();
    await tapDigits(page, '13700000000');
    await page.getByTestId('key-done').click();
    await page.getByTestId('sms-send').click();
    await expectText(page.getByTestId('sms-signup'), '验证码已发送到 137****0000');
    await shootLayouts(page, 'sms-my-case', page.getByTestId('sms-signup'));
    await page.close();
  });
});
