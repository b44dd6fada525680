import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../e2e/harness.js';

/** Debian's Chromium, as the e2e tests drive it (and as the kiosk runs its page); the benchmarks never download a browser. */
export function launchBenchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}
