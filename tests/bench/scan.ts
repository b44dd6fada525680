import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startDemo } from '../../cli/demo/start-demo.js';
import { applyForItem, identifyWithCard } from '../support/citizen-steps.js';
import { launchBenchChromium } from './chromium.js';
import { figure, percentile, type Figure } from './figure.js';
import { frameIntervals } from './frame-time.js';

/** TONGBAN_BENCH_SCANS sets fewer for a quick look. */
const scans = Number(process.env.TONGBAN_BENCH_SCANS ?? 60);
const frames = 240;
/** renderer/perf/touch-timing.ts names the measure so. */
const scanMeasure = 'tongban:scan-to-screen';

interface ScanSample {
  /** From the scan's arrival in the page to the new screen drawn. */
  ms: number;
  /** Wall-clock time the new screen was drawn, to set beside the moment the bytes were written. */
  drawnAt: number;
}

interface MeasureEntry {
  name: string;
  startTime: number;
  duration: number;
}

/**
 * In the page, before the kiosk loads: hand each scan-to-screen measure (the renderer clears its
 * own at once) to `nextScanSample()`, a promise the bench awaits (the page's CSP forbids polling by eval).
 */
function observeScans(name: string): void {
  const samples: ScanSample[] = [];
  const waiting: ((sample: ScanSample) => void)[] = [];
  const next = (): Promise<ScanSample> => new Promise((resolve) => {
    const sample = samples.shift();
    if (sample) resolve(sample);
    else waiting.push(resolve);
  });
  Object.defineProperty(globalThis, 'nextScanSample', { value: next });
  type Observer = new (cb: (list: { getEntries(): MeasureEntry[] }) => void) => { observe(options: { entryTypes: string[] }): void };
  const { PerformanceObserver: Observe, performance: clock } = globalThis as unknown as { PerformanceObserver: Observer; performance: { timeOrigin: number } };
  new Observe((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== name) continue;
      const sample = { ms: entry.duration, drawnAt: clock.timeOrigin + entry.startTime + entry.duration };
      const resolve = waiting.shift();
      if (resolve) resolve(sample);
      else samples.push(sample);
    }
  }).observe({ entryTypes: ['measure'] });
}

function nextSample(page: Page): Promise<ScanSample> {
  return page.evaluate<ScanSample>('nextScanSample()');
}

/**
 * A receipt QR and a poster's item code, alternately, held to the demo's serial scanner (a pty)
 * on the home screen: from the bytes written to the new screen drawn, and from the scan reaching
 * the page to the screen drawn, beside the browser's own frame time in the same page.
 */
export async function scanFigures(): Promise<Figure[]> {
  const demo = await startDemo({ dataDir: mkdtempSync(join(tmpdir(), 'tongban-bench-scan-')), log: () => undefined, cards: 'manual' });
  const browser = await launchBenchChromium();
  try {
    const scanner = demo.devices.scannerSim;
    if (!scanner) throw new Error('the demo did not put the scanner simulator on a pty (socat missing?)');
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.addInitScript(observeScans, scanMeasure);
    await page.goto(demo.kioskUrl ?? '');
    await identifyWithCard(page, demo);
    await applyForItem(page);
    const caseNumber = (await page.getByTestId('case-number').innerText()).replace(/\s/g, '');
    await page.getByTestId('finish').click();
    const inPage: number[] = [];
    const endToEnd: number[] = [];
    for (let i = 0; i < scans; i++) {
      await page.getByTestId('home-apply').waitFor();
      const writtenAt = Date.now();
      // Two codes in turn: the same code again within the window would count once.
      await scanner.scan(i % 2 === 0 ? caseNumber : 'WH-RS-002');
      const sample = await nextSample(page);
      inPage.push(sample.ms);
      endToEnd.push(sample.drawnAt - writtenAt);
      await page.getByTestId('go-home').click();
    }
    const frameTimes = await page.evaluate(frameIntervals, frames);
    const frameP95 = percentile(frameTimes, 95);
    return [
      figure(`scan written to the serial port → new screen drawn p95 (${scans} scans)`, percentile(endToEnd, 95), 'ms', `browser frame time p95 (${frames} frames, same page)`, frameP95),
      figure('scan reaching the page → new screen drawn p95', percentile(inPage, 95), 'ms', `browser frame time p95 (${frames} frames, same page)`, frameP95),
    ];
  } finally {
    await browser.close();
    await demo.close();
  }
}
