import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import { startDemo } from '../../cli/demo/start-demo.js';
import { launchBenchChromium } from './chromium.js';
import { figure, percentile, type Figure } from './figure.js';

const runs = 9;

/** Loads `url` afresh `runs` times; each load is timed from navigation to each of `steps`, in order. */
async function timeLoads(browser: Browser, url: string, steps: readonly ((page: Page) => Promise<unknown>)[]): Promise<number[][]> {
  const times: number[][] = steps.map(() => []);
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(url);
    for (const [n, step] of steps.entries()) {
      await step(page);
      times[n]?.push(performance.now() - start);
    }
    await context.close();
  }
  return times;
}

const seen = (selector: string) => (page: Page) => page.locator(selector).first().waitFor({ state: 'visible' });

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
    await page.locator(homeAttached).first().waitFor({ state: 'visible' });
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

/** renderer/main.tsx marks when the home (in index.html since the build) is painted and the app's chunk is asked for. */
const drawnMark = 'tongban:home-drawn';
/** renderer/lazy-screens.ts marks this when the app has attached and drawn, and the other screens start loading. */
const preloadMark = 'tongban:preload-screens';
const homeTile = '[data-testid="home-apply"]:has-text("我要办")';
/**
 * Interactive: the 我要办 tile is on the page and a tap on it is handled: either the app's own
 * handler is attached, or the tap is kept and replayed once it is (renderer/boot/early-taps.ts sets
 * <html data-taps> before any frame shows the home). The tile alone is not enough since the home
 * comes drawn in index.html: before the boot script runs, a tap would be lost.
 */
const homeReady = `html[data-taps] ${homeTile}`;
/** The app's own handlers attached (hydrated): what "interactive" meant before the home was drawn at build time. */
const homeAttached = `html[data-taps="live"] ${homeTile}`;

/**
 * The script bytes the page fetched before the home was drawn (the boot entry) and before the app
 * had attached and drawn (its chunk and what it imports statically; the preload starts after that
 * frame), beside all the page's script.
 */
async function scriptBytes(browser: Browser, url: string): Promise<{ beforeDrawn: number; beforeAttached: number; all: number }> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(homeAttached).first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    return await page.evaluate(([drawn, preload]) => {
      const at = (mark: string) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.POSITIVE_INFINITY;
      // Resource entries carry decodedBodySize; the page's (DOM) type is not in this file's lib.
      const scripts = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')) as unknown as { startTime: number; decodedBodySize: number }[];
      const before = (time: number) => scripts.filter((e) => e.startTime < time).reduce((n, e) => n + e.decodedBodySize, 0);
      return { beforeDrawn: before(at(drawn)), beforeAttached: before(at(preload)), all: before(Number.POSITIVE_INFINITY) };
    }, [drawnMark, preloadMark] as const);
  } finally {
    await context.close();
  }
}

/** A citizen who taps 我要办 the moment it shows: from navigation to the next screen drawn (the tap replayed, the screen's chunk loaded). */
async function tapAtFirstSight(page: Page): Promise<void> {
  await page.locator(homeReady).first().click();
  await page.getByTestId('identify-status').waitFor({ state: 'visible' });
}

/**
 * From navigation to an interactive home screen (see homeReady), beside a blank page served from
 * loopback to the same Chromium; the old meaning (the app attached) and a first tap's next screen
 * are printed beside it.
 */
export async function coldStartFigures(): Promise<Figure[]> {
  const demo = await startDemo({ dataDir: mkdtempSync(join(tmpdir(), 'tongban-bench-demo-')), log: () => undefined });
  const browser = await launchBenchChromium();
  const kioskUrl = demo.kioskUrl ?? '';
  const pages = await pageServer({ '/': blankPage, '/home': await staticHome(browser, kioskUrl) });
  try {
    const [ready = [], attached = []] = await timeLoads(browser, kioskUrl, [seen(homeReady), seen(homeAttached)]);
    const [firstTap = []] = await timeLoads(browser, kioskUrl, [tapAtFirstSight]);
    const [blankTimes = []] = await timeLoads(browser, pages.url, [seen('#ready')]);
    const [drawnTimes = []] = await timeLoads(browser, `${pages.url}home`, [seen(homeTile)]);
    const bytes = await scriptBytes(browser, kioskUrl);
    const blank = percentile(blankTimes, 50);
    return [
      figure('kiosk home interactive (median of 9)', percentile(ready, 50), 'ms', 'blank page, same Chromium', blank),
      figure('kiosk home interactive (median of 9)', percentile(ready, 50), 'ms', 'the same home as static HTML, no script', percentile(drawnTimes, 50)),
      figure('kiosk app attached to the home (median of 9)', percentile(attached, 50), 'ms', 'blank page, same Chromium', blank),
      figure('tap 我要办 at first sight: navigation → next screen', percentile(firstTap, 50), 'ms', 'blank page, same Chromium', blank),
      figure('script fetched before the home is drawn', bytes.beforeDrawn / 1024, 'KiB', 'all of the page\'s script', bytes.all / 1024),
      figure('script fetched before the app is attached', bytes.beforeAttached / 1024, 'KiB', 'all of the page\'s script', bytes.all / 1024),
    ];
  } finally {
    await browser.close();
    await pages.close();
    await demo.close();
  }
}
