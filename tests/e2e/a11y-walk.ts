import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { inputsWithoutKeyboard, seriousAxeViolations, smallTargets, textSizes } from './a11y-checks.js';
import { landscape, portrait, useKiosk } from './harness.js';
import { screenVisits, type ScreenVisit } from './screen-visits.js';

/**
 * One way a kiosk's screen is mounted, in the usual size and then in 长者模式 (which is compared
 * with the usual size, so both stay in one file). A file per orientation, so two workers share the
 * walk.
 */
export const orientations = {
  portrait: [
    { name: 'portrait', ...portrait, elderly: false },
    { name: 'elderly-portrait', ...portrait, elderly: true },
  ],
  landscape: [
    { name: 'landscape', ...landscape, elderly: false },
    { name: 'elderly-landscape', ...landscape, elderly: true },
  ],
} as const;
type Mode = (typeof orientations)[keyof typeof orientations][number];

/** 18 pt, the floor for body text in 长者模式, in CSS px. */
const elderlyBodyPx = 24;
const elderlyFactor = 1.3;
/** What 长者模式 enlarges: the screen's content and the idle question (the top bar stays put). */
const enlarged = 'main, .idle-box';

const shotsDir = '/tmp/shots-a11y-bench';

async function open(browser: Browser, demo: RunningDemo, mode: Mode, visit: ScreenVisit): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: mode.width, height: mode.height } });
  if (visit.fakeClock) await page.clock.install();
  await page.goto(demo.kioskUrl ?? '');
  if (mode.elderly) await page.getByTestId('home-elderly').click();
  await visit.reach(page, demo);
  // Axe judges colors as drawn: let the finished screen's transitions and fonts settle first.
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  if (process.env.SHOTS === '1') {
    mkdirSync(shotsDir, { recursive: true });
    await page.screenshot({ path: join(shotsDir, `${mode.name}-${visit.name}.png`) });
  }
  return page;
}

export function walkEveryScreen(orientation: keyof typeof orientations): void {
  describe(`every screen, ${orientation} and in 长者模式: axe-core, touch targets, text size, keyboards`, () => {
    const kiosk = useKiosk(`a11y-${orientation}`);
    /** Body text size per screen in the usual mode, to compare 长者模式 with. */
    const usualBody = new Map<string, number>();

    for (const mode of orientations[orientation]) {
      for (const visit of screenVisits) {
        it(`${mode.name}: ${visit.name}`, async () => {
          const page = await open(kiosk.browser, kiosk.demo, mode, visit);
          try {
            expect.soft(await seriousAxeViolations(page)).toEqual([]);
            expect.soft(await smallTargets(page)).toEqual([]);
            expect.soft(await inputsWithoutKeyboard(page)).toEqual([]);
            const sizes = await textSizes(page, enlarged);
            if (!mode.elderly) usualBody.set(visit.name, sizes.body);
            else {
              expect.soft(sizes.smallest).toBeGreaterThanOrEqual(elderlyBodyPx);
              expect.soft(sizes.body).toBeGreaterThanOrEqual(elderlyFactor * (usualBody.get(visit.name) ?? Infinity) - 0.01);
            }
          } finally {
            await page.close();
          }
        });
      }
    }
  });
}
