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
const marriage = ['婚姻登记', 'WH-MZ-003'] as const;

/** Lobby dates from today, as the core counts them. */
const lobby = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
const daysFromToday = (days: number): string => lobby.format(new Date(Date.now() + days * 86_400_000));
/** The first Sunday after tomorrow: inside the month an appointment may be made in. */
function nextSunday(): string {
  for (let days = 2; ; days++) if (new Date(`${daysFromToday(days)}T12:00:00Z`).getUTCDay() === 0) return daysFromToday(days);
}

async function nextWith(page: Page, date: string): Promise<void> {
  await page.getByTestId('field-appointment.date').fill(date);
  await page.getByTestId('form-next').click();
}

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
    // At a person's pace: a burst as fast as a scanner's is taken for a scan and kept out of fields.
    await page.keyboard.type('a'.repeat(60), { delay: 80 });
    expect((await page.getByTestId('field-business.name').inputValue()).length).toBe(50);
    await page.close();
  });

  it('refuses a day that does not exist, a past day and a Sunday for 婚姻登记预约, and offers only working days ahead to touch', async () => {
    const page = await kiosk.newPage();
    await openItem(page, kiosk, marriage);
    await expectText(page.getByTestId('date-hint-appointment.date'), '格式：年-月-日');
    await expectText(page.getByTestId('date-hint-appointment.date'), '仅限工作日');
    await page.getByTestId('field-spouse.name').fill('李明轩');
    await page.getByTestId('field-applicant.phone').fill('13800138000');
    const error = page.getByTestId('field-error-appointment.date');

    await nextWith(page, '2026-02-30');
    await expectText(error, '没有这一天');
    expect(await error.innerText()).not.toContain('应为');
    await nextWith(page, daysFromToday(-1));
    await expectText(error, '最早可选');
    await nextWith(page, nextSunday());
    await expectText(error, '须为工作日');
    await shootLayouts(page, 'form-checks-2-sunday-refused', page.getByTestId('date-picker'));

    // The calendar: today and the Sunday cannot be touched; a working day ahead can, and is the answer.
    await page.getByTestId('field-appointment.date').fill('');
    expect(await page.getByTestId(`date-day-${daysFromToday(0)}`).isDisabled()).toBe(true);
    if ((await page.getByTestId(`date-day-${nextSunday()}`).count()) === 0) await page.getByTestId('date-next-month').click();
    expect(await page.getByTestId(`date-day-${nextSunday()}`).isDisabled()).toBe(true);
    const workingDay = page.locator('[data-testid^="date-day-"]:not([disabled])').first();
    const chosen = ((await workingDay.getAttribute('data-testid')) ?? '').replace('date-day-', '');
    await workingDay.click();
    expect(await page.getByTestId('field-appointment.date').inputValue()).toBe(chosen);
    await shootLayouts(page, 'form-checks-3-date-chosen', page.getByTestId('date-picker'));
    await page.getByTestId('form-next').click();
    await expectText(page.getByTestId('answer-appointment.date'), chosen);
    await page.close();
  });

  it('shows the calendar large in 长者模式', async () => {
    const page = await kiosk.newPage();
    await openItem(page, kiosk, marriage, true);
    await page.getByTestId('date-picker').waitFor();
    await shootLayouts(page, 'form-checks-4-date-elderly', page.getByTestId('date-picker'));
    await page.close();
  });
});
