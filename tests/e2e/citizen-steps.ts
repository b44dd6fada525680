import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import { expectText, shoot } from './harness.js';

/** Steps of the citizen path that more than one e2e test walks: the demo citizen applies. */

export const name = '陈晓欣';
export const idNumber = CHEN_XIAOXIN.text.cardType === 'resident' ? CHEN_XIAOXIN.text.idNumber : '';

/** Home → card → masked identity → item → prefilled form → 核对信息 → materials → submit; returns the case number. */
export async function applyForSocialSecurityCard(page: Page, demo: RunningDemo, shots: string): Promise<string> {
  const reader = demo.devices.idcardSim;
  if (!reader) throw new Error('the demo did not put the reader simulator on a pty');
  await page.getByTestId('home-apply').click();
  await expectText(page.getByRole('heading'), '请将身份证放在感应区');
  await expectText(page.getByTestId('identify-status'), '正在读取');
  await shoot(page, `${shots}-1-identify`);
  reader.placeCard(CHEN_XIAOXIN);
  await expectText(page.getByTestId('identity-name'), '陈*欣');
  await expectText(page.getByTestId('identity-id'), `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
  expect(await page.content()).not.toContain(name);
  await shoot(page, `${shots}-2-identity`);
  await page.getByTestId('identity-continue').click();
  await page.getByTestId('item-WH-RS-002').click();
  await expectText(page.getByTestId('field-applicant.name'), '陈*欣');
  await expectText(page.getByTestId('field-applicant.idNumber'), '4201');
  await page.getByTestId('option-delivery.method-post').click();
  await shoot(page, `${shots}-3-form`);
  await page.getByTestId('form-next').click();
  await expectText(page.getByTestId('answer-delivery.method'), '邮寄到身份证地址');
  await page.getByTestId('submit').click();
  // The ID card just read stands for itself; the photo is owed under 容缺.
  await page.getByTestId('material-material.photo-owe').click();
  await page.getByTestId('material-material.photo-days-5').click();
  await page.getByTestId('materials-submit').click();
  await page.getByTestId('case-number').waitFor({ timeout: 20_000 });
  await shoot(page, `${shots}-4-done`);
  return (await page.getByTestId('case-number').innerText()).replace(/\s/g, '');
}

