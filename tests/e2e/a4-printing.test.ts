/**
 * A4 paper from the kiosk, in Chromium through the browser host, to Debian's ippeveprinter: a
 * guide and a filled form arrive as the PDFs the screen counted; paper out and a door open (from
 * an IPP responder standing in front of it) reach the screen, the heartbeat, the platform's
 * device events and the queue, and the document prints once the printer is fixed.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIppResponder, type IppResponder } from '../support/ipp-responder.js';
import { startIppEvePrinter, type RunningIppPrinter } from '../support/ippeveprinter.js';
import { identifyWithCard, applyForItem } from '../support/citizen-steps.js';
import { setPin, unlock } from '../support/technician-steps.js';
import { expectText, launchChromium, shootLayouts, startBuiltDemo } from './harness.js';
import type { Browser, Page } from 'playwright-core';
import type { RunningDemo } from '../../cli/demo/start-demo.js';

const pagesOf = (path: string): number => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
const isA4 = (path: string): boolean => /^Page size:.*\(A4\)$/m.test(execFileSync('pdfinfo', [path], { encoding: 'utf8' }));

let printer: RunningIppPrinter;
let front: IppResponder;
let demo: RunningDemo;
let browser: Browser;

beforeAll(async () => {
  printer = await startIppEvePrinter({ duplex: true });
  front = await startIppResponder(undefined, printer.url);
  // One beat a second, so the printer's state is seen at the platform within the test.
  demo = await startBuiltDemo('a4', undefined, true, { a4: { url: front.url, duplex: true }, fleet: { heartbeatIntervalSeconds: 1, retentionDays: 30 } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await front?.close();
  await printer?.stop();
});

async function openGuide(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.goto(demo.kioskUrl ?? '');
  await page.getByTestId('home-guides').click();
  await page.getByTestId('item-WH-RS-002').click();
  await page.getByTestId('guide-body').waitFor();
  return page;
}

/** The page count the screen announced before printing. */
async function announcedPages(page: Page, testId: string): Promise<number> {
  const button = page.getByTestId(`${testId}-button`);
  await expectText(button, /共 \d+ 页/);
  return Number(/共 (\d+) 页/.exec(await button.innerText())?.[1]);
}

async function platformHealth(): Promise<unknown> {
  const { rows } = await demo.platform.db.query<{ health: unknown }>('SELECT health FROM terminal_status');
  return rows[0]?.health;
}

async function deviceEvents(): Promise<unknown[]> {
  const { rows } = await demo.platform.db.query<{ body: unknown }>("SELECT body FROM terminal_events WHERE kind = 'device_event' ORDER BY occurred_at");
  return rows.map((row) => row.body);
}

describe('A4 printing from the kiosk to an IPP Everywhere printer', () => {
  it('prints a guide: the page count before, the sheets to take after, and an A4 PDF of that many pages at the printer', async () => {
    const page = await openGuide();
    const pages = await announcedPages(page, 'guide-a4');
    expect(await page.getByTestId('guide-a4-no-printer').count()).toBe(0);
    await shootLayouts(page, 'a4-1-guide-before');
    const before = printer.jobs().length;
    await page.getByTestId('guide-a4-button').click();
    await expectText(page.getByTestId('guide-a4-state'), `共 ${pages} 页`);
    await expectText(page.getByTestId('guide-a4-state'), '请从打印机出纸口取走');
    await shootLayouts(page, 'a4-2-guide-printed');
    const kept = printer.jobs();
    expect(kept).toHaveLength(before + 1);
    const file = kept.at(-1) ?? '';
    expect(pagesOf(file)).toBe(pages);
    expect(isA4(file)).toBe(true);
    await page.close();
  });

  it('prints the applicant\'s filled form from the receipt screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(demo.kioskUrl ?? '');
    await identifyWithCard(page, demo);
    await applyForItem(page);
    const pages = await announcedPages(page, 'form-a4');
    const before = printer.jobs().length;
    await page.getByTestId('form-a4-button').click();
    await expectText(page.getByTestId('form-a4-state'), `请从打印机出纸口取走 ${pages} 张 A4 纸`);
    await shootLayouts(page, 'a4-3-form-printed', page.getByTestId('form-a4'));
    const file = printer.jobs().at(-1) ?? '';
    expect(printer.jobs()).toHaveLength(before + 1);
    expect(pagesOf(file)).toBe(pages);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('申请表');
    await page.close();
  });

  it.each([
    ['out of paper', 'media-empty-error', '打印机缺纸', '缺纸 / out of paper'],
    ['with its door open', 'door-open-error', '打印机纸仓未关好', '盖板打开 / cover or door open'],
  ])('when the printer is %s, says so on the screen, in the heartbeat and device events, keeps the document and prints it once fixed', async (_, reason, onScreen, technicianWords) => {
    const page = await openGuide();
    await announcedPages(page, 'guide-a4');
    front.state = { printerState: 5, reasons: [reason] };
    const before = printer.jobs().length;
    await page.getByTestId('guide-a4-button').click();
    await expectText(page.getByTestId('guide-a4-state'), onScreen);
    await shootLayouts(page, `a4-4-guide-${reason}`);
    await expect.poll(platformHealth, { timeout: 20_000 }).toMatchObject({ a4: { ok: false, detail: technicianWords } });
    await expect.poll(deviceEvents, { timeout: 20_000 }).toContainEqual(expect.objectContaining({ device: 'a4', state: 'fault', detail: technicianWords }));
    expect(printer.jobs()).toHaveLength(before);
    // Fixed: the same document again, from the screen, and the printer's state back to ok.
    front.state = undefined;
    await page.getByTestId('guide-a4-again').click();
    await expectText(page.getByTestId('guide-a4-state'), '请从打印机出纸口取走');
    expect(printer.jobs()).toHaveLength(before + 1);
    await expect.poll(platformHealth, { timeout: 20_000 }).toMatchObject({ a4: { ok: true } });
    await page.close();
  });

  it('technician mode shows the A4 printer\'s state as the printer says it, and prints a test page on it', async () => {
    setPin(demo.coreConfig.dataDir);
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(demo.kioskUrl ?? '');
    await unlock(page);
    const devices = async () => {
      await page.getByTestId('technician-tab-devices').click();
      await page.locator('[data-testid=panel-devices][aria-busy=false]').waitFor();
      return page.getByTestId('check-devices.a4');
    };
    await expectText(await devices(), `A4 打印机（${front.url}）：空闲`);
    const before = printer.jobs().length;
    await page.getByTestId('test-printA4').click();
    await expectText(page.getByTestId('check-test.printA4'), 'A4 打印机正常：请取走 1 页测试页');
    expect(printer.jobs()).toHaveLength(before + 1);
    await shootLayouts(page, 'a4-5-technician-devices');
    front.state = { printerState: 5, reasons: ['media-jam-error', 'toner-low-warning'] };
    await page.getByTestId('technician-tab-logs').click();
    const check = await devices();
    await expectText(check, '已停止，卡纸、墨粉不足');
    expect(await check.getAttribute('data-ok')).toBe('false');
    await shootLayouts(page, 'a4-6-technician-jam');
    front.state = undefined;
    await page.close();
  });
});
