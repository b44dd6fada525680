import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import type { InPage, InPageElement } from '../support/in-page.js';

/** A finger is about 10 mm wide; 60 CSS px at a kiosk's pixel density is the floor (issue 7). */
export const minTarget = 60;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it is now, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the kiosk's CSP (script-src 'self') stays on.
  await page.evaluate(axeSource);
  const results = await page.evaluate<AxeResults>('axe.run(document)');
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.impact} ${v.id}: ${node.target.join(' ')} — ${node.failureSummary ?? v.help}`));
}

export interface Target {
  what: string;
  width: number;
  height: number;
}

/** Every visible thing a finger can press that is smaller than the floor, in either direction. */
export function smallTargets(page: Page, floor = minTarget): Promise<Target[]> {
  return page.evaluate((min) => {
    const { document } = globalThis as unknown as InPage;
    const pressable = 'button, a[href], input, select, textarea, [role="button"], [role="radio"], [role="checkbox"], [role="link"]';
    return Array.from(document.querySelectorAll(pressable))
      .filter((el) => el.checkVisibility())
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min || box.height < min)
      .map(({ el, box }) => ({ what: `${el.tagName.toLowerCase()} ${el.dataset.testid ?? el.className} "${(el.textContent ?? '').trim().slice(0, 20)}"`, width: box.width, height: box.height }));
  }, floor);
}

export interface TextSizes {
  /** The size (px, as drawn, zoom included) that carries the most characters: the body text. */
  body: number;
  /** The smallest text drawn anywhere on the page. */
  smallest: number;
}

/** Sizes of the visible text in `scope` (and anywhere on the page for `smallest`). */
export function textSizes(page: Page, scope: string): Promise<TextSizes> {
  return page.evaluate((selector) => {
    const { document, getComputedStyle } = globalThis as unknown as InPage;
    const textNode = 3;
    /** Each visible element with text of its own: its size as drawn and how many characters. */
    const drawn = (root: InPageElement): { size: number; chars: number }[] =>
      Array.from(root.querySelectorAll('*'))
        .filter((el) => el.checkVisibility())
        .map((el) => ({
          // getComputedStyle gives the size before CSS zoom; the eye sees it after.
          size: parseFloat(getComputedStyle(el).fontSize) * el.currentCSSZoom,
          chars: Array.from(el.childNodes)
            .filter((node) => node.nodeType === textNode)
            .reduce((sum, node) => sum + (node.textContent ?? '').trim().length, 0),
        }))
        .filter(({ chars }) => chars > 0);
    const byChars = new Map<number, number>();
    for (const root of Array.from(document.querySelectorAll(selector))) {
      for (const { size, chars } of drawn(root)) byChars.set(size, (byChars.get(size) ?? 0) + chars);
    }
    const body = [...byChars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    const smallest = Math.min(...drawn(document.body).map((t) => t.size));
    return { body, smallest };
  }, scope);
}

/**
 * Every visible box a citizen types into that has no on-screen keyboard of its own: on a kiosk
 * with no physical keyboard, such a box cannot be used at all.
 */
export function inputsWithoutKeyboard(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as InPage;
    const typed = 'input:not([type="checkbox"]):not([type="radio"]):not([type="file"]):not([type="hidden"]):not([type="range"]), textarea';
    return Array.from(document.querySelectorAll(typed))
      .filter((el) => el.checkVisibility() && !el.dataset.keyboard)
      .map((el) => `${el.tagName.toLowerCase()} ${el.dataset.testid ?? el.className}`);
  });
}
