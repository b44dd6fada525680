// 预约 and 取号 in Chromium through the browser host, on the demo's hall (cli/demo/demo-hall.ts):
// book with a card, cancel and book again, check the booking in on its day for a printed ticket,
// a walk-in number in 长者模式, and what the screen says with the network down.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import { beijingDate } from '../../platform/appointments/slots.js';
import { expectText, keepPicture, shootLayouts, useKiosk } from './harness.js';

describe('appointments and queue tickets at the kiosk', () => {
  const kiosk = useKiosk('appointments-queue');
  const printed = () => kiosk.demo.devices.printerSim?.receipts ?? [];

  /** The card laid on the reader once the screen reads, and taken off once the next screen is up. */
  async function readCard(page: Page, next: string): Promise<void> {
    const reader = kiosk.demo.devices.idcardSim;
    if (!reader) throw new Error('the demo did not put the reader simulator on a pty');
    await expectText(page.getByTestId('identify-status'), '正在读取');
    reader.placeCard(CHEN_XIAOXIN);
    await page.getByTestId(next).waitFor();
    reader.removeCard();
  }

  /** As if made days ago for today: the booking is moved to noon today, China's day. */
  async function moveToToday(code: string): Promise<void> {
    await kiosk.demo.platform.db.query("UPDATE bookings SET starts_at = ($2::date + interval '4 hours') AT TIME ZONE 'UTC' WHERE code = $1", [code, beijingDate(Date.now())]);
  }

  /** From the slot picker: the first slot with a place left, booked; the booking code. */
  async function bookFirstSlot(page: Page, shots?: string): Promise<string> {
    await page.locator('.slot:not([disabled])').first().click();
    if (shots) await shootLayouts(page, shots);
    await page.getByTestId('book-confirm').click();
    await page.getByTestId('booked').waitFor();
    return page.getByTestId('booking-code').innerText();
  }

  it('books with a card, cancels, books again, and checks the booking in on its day for a printed ticket marked 预约', async () => {
    const page = await kiosk.openKiosk();
    await shootLayouts(page, 'appointments-1-home');
    await page.getByTestId('home-appointments').click();
    await readCard(page, 'new-booking');
    await page.getByTestId('new-booking').click();
    await page.getByTestId('book-item-WH-RS-002').click();
    const slipsBefore = printed().length;
    const first = await bookFirstSlot(page, 'appointments-2-slots');
    await page.getByTestId('booking-qr').waitFor();
    await expectText(page.getByTestId('booking-printed'), '预约凭条已打印');
    const slip = printed().at(-1);
    expect(printed().length).toBe(slipsBefore + 1);
    expect(slip?.text).toContain(`[QR:TBYY:${first}]`);
    expect(slip?.text.replace(/\s+/g, '')).toContain('社会保障卡补领');
    if (slip?.pngPath) keepPicture(slip.pngPath, 'appointments-3-booking-slip');
    await shootLayouts(page, 'appointments-3-booked');

    // Cancel it from 我的预约, then book again: the place it held is free again.
    await page.getByTestId('booked-mine').click();
    await page.getByTestId(`cancel-${first}`).click();
    await expectText(page.getByTestId('my-bookings'), '已取消');
    await page.getByTestId('new-booking').click();
    await page.getByTestId('book-item-WH-RS-002').click();
    const booked = await bookFirstSlot(page);
    expect(booked).not.toBe(first);
    await page.getByTestId('go-home').click();

    await moveToToday(booked);
    const before = printed().length;
    await page.getByTestId('home-queue').click();
    await page.getByTestId('queue-group-A').waitFor();
    await shootLayouts(page, 'appointments-4-queue');
    await page.getByTestId('queue-check-in').click();
    await readCard(page, 'ticket');
    await expectText(page.getByTestId('ticket-booked'), '预约 12:00');
    await expectText(page.getByTestId('ticket-printed'), '号票已打印');
    const number = await page.getByTestId('ticket-number').innerText();
    expect(number).toMatch(/^A\d{3}$/);
    await shootLayouts(page, 'appointments-5-ticket');

    const ticket = printed().at(-1);
    expect(printed().length).toBe(before + 1);
    const flat = ticket?.text.replace(/\s+/g, '') ?? '';
    const ahead = (await page.getByTestId('ticket-ahead').innerText()).replace(/\D/g, '');
    for (const words of ['排队号票', number, '【预约】', '社保医保', '1、2号窗口', `前面等候${ahead}人`, '预约时段']) expect(flat).toContain(words);
    expect(flat).not.toContain('陈晓欣');
    if (ticket?.pngPath) keepPicture(ticket.pngPath, 'appointments-6-ticket-receipt');
    await page.getByTestId('go-home').click();
    await page.close();
  });

  it('checks a booking in when its QR code is scanned on the home screen', async () => {
    const page = await kiosk.openKiosk();
    await page.getByTestId('home-appointments').click();
    await readCard(page, 'new-booking');
    await page.getByTestId('new-booking').click();
    await page.getByTestId('book-item-WH-GA-002').click();
    const code = await bookFirstSlot(page);
    await page.getByTestId('go-home').click();
    await moveToToday(code);
    const scanner = kiosk.demo.devices.scannerSim ?? expect.fail('the demo did not put the scanner simulator on a pty');
    await scanner.scan(`TBYY:${code}`);
    await expectText(page.getByTestId('ticket-booked'), '预约 12:00');
    expect(await page.getByTestId('ticket-number').innerText()).toMatch(/^B\d{3}$/);
    await page.getByTestId('go-home').click();
    await page.close();
  });

  it('gives a walk-in number in 长者模式 and in English, the people ahead counted', async () => {
    const page = await kiosk.openKiosk();
    await page.getByTestId('home-elderly').click();
    await page.getByTestId('home-queue').click();
    await page.getByTestId('queue-group-C').click();
    await expectText(page.getByTestId('ticket-ahead'), '前面还有 0 人');
    await shootLayouts(page, 'appointments-7-ticket-elderly');
    await page.getByTestId('go-home').click();
    await page.getByTestId('language').click();
    await page.getByTestId('home-queue').click();
    await page.getByTestId('queue-group-C').click();
    // One number ahead, unless the demo's windows (a call a minute) called it meanwhile.
    await expectText(page.getByTestId('ticket-ahead'), /^Waiting ahead of you: [01]$/);
    await shootLayouts(page, 'appointments-8-ticket-english');
    await page.close();
  });

  it('says plainly that booking and numbers need the network when the platform cannot be reached', async () => {
    const page = await kiosk.openKiosk();
    await kiosk.demo.platform.stop();
    try {
      await page.getByTestId('home-queue').click();
      await expectText(page.getByTestId('queue-error'), '网络中断，暂时无法预约或取号');
      await shootLayouts(page, 'appointments-9-offline');
    } finally {
      await kiosk.demo.platform.start();
    }
    await page.close();
  });
});
