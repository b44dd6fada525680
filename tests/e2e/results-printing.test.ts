/**
 * 证明打印 (当场办结) in Chromium through the browser host: a citizen reads her card, picks a 证明,
 * and Debian's ippeveprinter receives an A4 PDF carrying the watermark and the verification
 * code, which the platform's public check then calls genuine (and a forged one unknown). Paper
 * out keeps the document for 再打印一次; offline the screen says the network is needed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import { verifyReplySchema } from '../../platform/protocol/documents.js';
import { idNumber } from '../support/citizen-steps.js';
import { startIppResponder, type IppResponder } from '../support/ipp-responder.js';
import { startIppEvePrinter, type RunningIppPrinter } from '../support/ippeveprinter.js';
import { expectText, launchChromium, shootLayouts, startBuiltDemo } from './harness.js';

let printer: RunningIppPrinter;
let front: IppResponder;
let demo: RunningDemo;
let browser: Browser;

beforeAll(async () => {
  printer = await startIppEvePrinter();
  front = await startIppResponder(undefined, printer.url);
  demo = await startBuiltDemo('results', undefined, true, { a4: { url: front.url, duplex: false } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await front?.close();
  await printer?.stop();
});

const textOf = (pdf: string): string => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

/** The printed PDF's first page as a PNG beside the screenshots, with SHOTS=1, for people to look at. */
function renderForLooking(pdf: string, name: string): void {
  if (process.env.SHOTS !== '1') return;
  const dir = join(process.cwd(), '.tmp', 'screenshots');
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, name)]);
}

/** From home: 证明打印, the card on the reader, on to the list of documents. */
async function openResults(options: { elderly?: boolean; english?: boolean; shot?: string } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.goto(demo.kioskUrl ?? '');
  if (options.elderly) await page.getByTestId('home-elderly').click();
  if (options.english) await page.getByTestId('language').click();
  if (options.shot) await shootLayouts(page, options.shot, page.getByTestId('home-results'));
  await page.getByTestId('home-results').click();
  await page.getByTestId('identify-status').waitFor();
  expect(await page.getByTestId('identify-typed').count()).toBe(0);
  const reader = demo.devices.idcardSim;
  reader?.placeCard(CHEN_XIAOXIN);
  await page.getByTestId('results').waitFor();
  reader?.removeCard();
  return page;
}

async function printAndTake(page: Page, itemCode: string, taken: RegExp | string): Promise<string> {
  const before = printer.jobs().length;
  await page.getByTestId(`result-${itemCode}-print`).click();
  await expectText(page.getByTestId(`result-${itemCode}-state`), taken);
  expect(printer.jobs()).toHaveLength(before + 1);
  return printer.jobs().at(-1) ?? '';
}

const codeIn = (text: string): string => /验证码：([A-Za-z0-9_-]{24})/.exec(text)?.[1] ?? '';
const verify = (code: string) => fetch(`${demo.platform.url}/v1/verify/${code}`);

describe('results printed on the spot', () => {
  it('prints a 参保证明 with the watermark and a code the public check calls genuine; a forged code is unknown', async () => {
    const page = await openResults({ shot: 'results-0-home' });
    await shootLayouts(page, 'results-1-list');
    const pdf = await printAndTake(page, 'WH-RS-008', '请从打印机出纸口取走');
    await shootLayouts(page, 'results-2-printed');
    renderForLooking(pdf, 'results-3-paper');
    const text = textOf(pdf);
    expect(text).toContain('湖北省社会保险参保证明（个人）');
    expect(text).toMatch(/自助终端打印 仅供本人办理业务使用 \d{4}年\d{2}月\d{2}日/);
    expect(text).toContain('陈晓欣');
    expect(text).not.toContain(idNumber);
    const code = codeIn(text);
    expect(code).toHaveLength(24);
    // The QR code's address, drawn and linked on the page, leads to the same check.
    expect(text).toContain(`/v1/verify/${code}`);
    const genuine = await verify(code);
    expect(genuine.status).toBe(200);
    expect(verifyReplySchema.parse(await genuine.json())).toMatchObject({ genuine: true, title: '湖北省社会保险参保证明（个人）', maskedName: '陈*欣' });
    const forged = `${code.slice(0, 23)}${code.endsWith('A') ? 'B' : 'A'}`;
    expect((await verify(forged)).status).toBe(404);
    await page.close();
  });

  it('works in 长者模式 and English: the 不动产 record, found from the home screen', async () => {
    const page = await openResults({ elderly: true, english: true, shot: 'results-0-home-elderly-english' });
    await expectText(page.getByTestId('results'), 'Print certificates');
    const pdf = await printAndTake(page, 'WH-BDC-001', 'Please take');
    await shootLayouts(page, 'results-4-elderly-english', page.getByTestId('result-WH-BDC-001'));
    expect(textOf(pdf)).toContain('不动产登记信息查询结果');
    await page.close();
  });

  it('out of paper: says so, keeps the document, and prints it once paper is loaded', async () => {
    const page = await openResults();
    front.state = { printerState: 5, reasons: ['media-empty-error'] };
    const before = printer.jobs().length;
    await page.getByTestId('result-WH-RS-009-print').click();
    await expectText(page.getByTestId('result-WH-RS-009-state'), '打印机缺纸');
    await shootLayouts(page, 'results-5-paper-out', page.getByTestId('result-WH-RS-009'));
    expect(printer.jobs()).toHaveLength(before);
    front.state = undefined;
    await page.getByTestId('result-WH-RS-009-again').click();
    await expectText(page.getByTestId('result-WH-RS-009-state'), '请从打印机出纸口取走');
    expect(textOf(printer.jobs().at(-1) ?? '')).toContain('社会保险个人权益记录');
    await page.close();
  });

  it('offline: says the document needs the network before anyone presses', async () => {
    const page = await openResults();
    await demo.platform.stop();
    try {
      await expectText(page.getByTestId('results-offline'), '需要联网才能打印此证明');
      expect(await page.getByTestId('result-WH-RS-008-print').isDisabled()).toBe(true);
      await shootLayouts(page, 'results-6-offline');
    } finally {
      await demo.platform.start();
      await page.close();
    }
  });
});
