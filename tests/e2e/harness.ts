import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { rendererJsFlagsSwitch } from '../../electron/shell/renderer-engine.js';

export { startBuiltDemo } from '../support/built-demo.js';

/** Debian's Chromium; the tests never download a browser. */
export const chromiumPath = process.env.TONGBAN_CHROMIUM ?? '/usr/bin/chromium';

/** As the kiosk runs its page (the V8 flags), headless on a CI machine (the rest). */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', rendererJsFlagsSwitch];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/** Waits (Playwright's own waiting, no sleeps) until the element shows the text. */
export async function expectText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ state: 'visible', timeout: 20_000 });
}

const shotsDir = join(process.cwd(), '.tmp', 'screenshots');
const layouts = [['landscape', { width: 1920, height: 1080 }], ['portrait', { width: 1080, height: 1920 }]] as const;

/** With SHOTS=1, the screen as it stands, for people to look at; no assertion depends on it. */
export async function shoot(page: Page, name: string): Promise<void> {
  if (process.env.SHOTS !== '1') return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: join(shotsDir, `${name}.png`) });
}

/** With SHOTS=1, a picture made elsewhere (a receipt the simulator printed) beside the screenshots. */
export function keepPicture(path: string, name: string): void {
  if (process.env.SHOTS !== '1') return;
  mkdirSync(shotsDir, { recursive: true });
  copyFileSync(path, join(shotsDir, `${name}.png`));
}

/** With SHOTS=1, the screen in landscape and then portrait (where the tests run on), `showing` in view. */
export async function shootLayouts(page: Page, name: string, showing?: Locator): Promise<void> {
  if (process.env.SHOTS !== '1') return;
  mkdirSync(shotsDir, { recursive: true });
  for (const [layout, viewport] of layouts) {
    await page.setViewportSize(viewport);
    await showing?.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, `${name}-${layout}.png`) });
  }
}
