import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { portrait } from '../e2e/harness.js';

/** Technician mode's steps, shared by the e2e tests of its shell and of its panels. */

export const pin = '24681357';

/** `tongban technician-pin set`, the PIN on stdin, as a technician runs it beside the kiosk. */
export function setPin(kioskDir: string): void {
  const bin = join(process.cwd(), 'bin', 'tongban.js');
  const result = spawnSync(process.execPath, [bin, 'technician-pin', 'set', '--pin-stdin', '--data', kioskDir], { input: `${pin}\n`, encoding: 'utf8', timeout: 60_000 });
  expect(result.stderr).toBe('');
  expect(JSON.parse(result.stdout)).toEqual({ technicianPin: 'set' });
}

/**
 * Five taps on the empty top-right corner, as a technician is taught. On a loaded machine five
 * clicks may take Playwright longer than the gesture's three seconds; a technician would tap again,
 * but only after looking: taps while technician mode's screen is still loading would land on it.
 */
export async function cornerTaps(page: Page): Promise<void> {
  const { width } = page.viewportSize() ?? portrait;
  const mode = page.getByTestId('technician-mode');
  for (let attempt = 0; attempt < 3; attempt++) {
    for (let i = 0; i < 5; i++) await page.mouse.click(width - 20, 20);
    if (await mode.waitFor({ timeout: 10_000 }).then(() => true, () => false)) return;
  }
  await mode.waitFor();
}

export async function typePin(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await page.getByTestId(`key-${digit}`).click();
  await page.getByTestId('key-done').click();
}

export async function unlock(page: Page): Promise<void> {
  await cornerTaps(page);
  await typePin(page, pin);
  await page.getByTestId('technician-state').waitFor();
}
