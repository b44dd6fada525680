import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { startDemo } from '../../cli/demo/start-demo.js';
import { launchBenchChromium } from './chromium.js';
import { figure, percentile, type Figure } from './figure.js';

const runs = 9;

async function timeLoads(browser: Browser, url: string, ready: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(url);
    await page.locator(ready).first().waitFor({ state: 'visible' });
    times.push(performance.now() - start);
    await context.close();
  }
  return times;
}

/** Serves fixed pages on loopback: the blank page, and the home as drawn, without its script. */
async function pageServer(pages: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(pages[req.url ?? '/'] ?? pages['/']);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

const blankPage = '<!doctype html><title>blank</title><p id="ready">blank</p>';

/**
 * The home screen as the kiosk draws it, saved as one static page: its HTML and stylesheet, no
 * script. Drawing it costs what the page's Chinese text and layout cost Chromium (the CJK font
 * above all), the floor under the kiosk's own start-up; the blank page has no Chinese to draw.
 */
async function staticHome(browser: Browser, url: string): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(homeReady).first().waitFor({ state: 'visible' });
    // Evaluated in the page (this file has no DOM types): the body without scripts, and the CSS.
    return String(
      await page.evaluate(`(async () => {
        const links = [...document.querySelectorAll('link[rel="stylesheet"]')];
        const css = await Promise.all(links.map((link) => fetch(link.href).then((r) => r.text())));
        const body = document.body.cloneNode(true);
        body.querySelectorAll('script').forEach((node) => node.remove());
        return '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>' + css.join('\\n') + '</style></head>' + body.outerHTML + '</html>';
      })()`),
    );
  } finally {
    await context.close();
  }
}

/** renderer/lazy-screens.ts marks this when the home is drawn and the other screens start loading. */
const preloadMark = 'tongban:preload-screens';
const homeReady = '[data-testid="home-apply"]:has-text("我要办")';

/**
 * The script bytes the page fetched before the home was drawn (the entry and what it imports
 * statically: the preload starts after that frame), beside all the page's script.
 */
async function scriptBytes(browser: Browser, url: string): Promise<{ beforePaint: number; all: number }> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(homeReady).first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    return await page.evaluate((mark) => {
      const paint = performance.getEntriesByName(mark)[0]?.startTime ?? Number.POSITIVE_INFINITY;
      // Resource entries carry decodedBodySize; the page's (DOM) type is not in this file's lib.
      const scripts = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')) as unknown as { startTime: number; decodedBodySize: number }[];
      const sum = (list: typeof scripts) => list.reduce((n, e) => n + e.decodedBodySize, 0);
      return { beforePaint: sum(scripts.filter((e) => e.startTime < paint)), all: sum(scripts) };
    }, preloadMark);
  } finally {
    await context.close();
  }
}

/**
 * From navigation to an interactive home screen (the 我要办 tile visible, with the hall's name
 * fetched from the core), beside a blank page served from loopback to the same Chromium.
 */
export async function coldStartFigures(): Promise<Figure[]> {
  const demo = await startDemo({ dataDir: mkdtempSync(join(tmpdir(), 'tongban-bench-demo-')), log: () => undefined });
  const browser = await launchBenchChromium();
  const pages = await pageServer({ '/': blankPage, '/home': await staticHome(browser, demo.kioskUrl ?? '') });
  try {
    const home = await timeLoads(browser, demo.kioskUrl ?? '', homeReady);
    const blankTimes = await timeLoads(browser, pages.url, '#ready');
    const drawnTimes = await timeLoads(browser, `${pages.url}home`, homeReady);
    const bytes = await scriptBytes(browser, demo.kioskUrl ?? '');
    return [
      figure('kiosk home interactive (median of 9)', percentile(home, 50), 'ms', 'blank page, same Chromium', percentile(blankTimes, 50)),
      figure('kiosk home interactive (median of 9)', percentile(home, 50), 'ms', 'the same home as static HTML, no script', percentile(drawnTimes, 50)),
      figure('script fetched before the home is drawn', bytes.beforePaint / 1024, 'KiB', 'all of the page\'s script', bytes.all / 1024),
    ];
  } finally {
    await browser.close();
    await pages.close();
    await demo.close();
  }
}
