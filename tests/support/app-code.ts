import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';

const tongban = fileURLToPath(new URL('../../bin/tongban.js', import.meta.url));
const chen = CHEN_XIAOXIN.text.cardType === 'resident' ? CHEN_XIAOXIN.text : undefined;

/** A 鄂汇办 code for 陈晓欣 as the app would show it, made by `tongban sim app-code` with the demo's province key. */
export function appCodeOf(demo: RunningDemo, options: { expiresIn?: number } = {}): string {
  const args = [tongban, 'sim', 'app-code', '--key', demo.appCodeKey, '--id-number', chen?.idNumber ?? '', '--name', chen?.name ?? ''];
  if (options.expiresIn !== undefined) args.push(`--expires-in=${options.expiresIn}`);
  return execFileSync(process.execPath, args, { encoding: 'utf8' }).trim();
}

/** What a keyboard-wedge scanner does with a code: types it, then Enter. */
export async function scan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

/** From home: 我要办, then the code held to the scanner, until the confirm screen is up. */
export async function identifyWithAppCode(page: Page, demo: RunningDemo): Promise<void> {
  await page.getByTestId('home-apply').click();
  await page.getByTestId('app-code').waitFor();
  await scan(page, appCodeOf(demo));
  await page.getByTestId('identity-continue').waitFor();
}
