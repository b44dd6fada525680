import { chromium, type Browser } from 'playwright-core';

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Debian's Chromium, as the e2e tests drive it; the benchmarks never download a browser. */
export function launchBenchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.TONGBAN_CHROMIUM ?? '/usr/bin/chromium', args: [...chromiumArgs, ...extraArgs] });
}
