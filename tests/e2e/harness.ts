import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { startBuiltDemo } from '../support/built-demo.js';
import { rendererJsFlagsSwitch } from '../../electron/shell/renderer-engine.js';
import { replyEnvelopeSchema, type ReplyEnvelope } from '../../electron/api/envelope.js';

export { startBuiltDemo };

/** Debian's Chromium; the tests never download a browser. */
export const chromiumPath = process.env.TONGBAN_CHROMIUM ?? '/usr/bin/chromium';

/** As the kiosk runs its page (the V8 flags), headless on a CI machine (the rest). */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', rendererJsFlagsSwitch];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/** The two ways a kiosk's screen is mounted. */
export const portrait = { width: 1080, height: 1920 } as const;
export const landscape = { width: 1920, height: 1080 } as const;
export type Viewport = { readonly width: number; readonly height: number };

export interface BrowserFixture {
  readonly browser: Browser;
  /** A new page; the browser's closing closes it, a test may close it sooner. */
  newPage(viewport?: Viewport): Promise<Page>;
}

export interface KioskFixture extends BrowserFixture {
  readonly demo: RunningDemo;
  /** A new page on the kiosk's home screen. */
  openKiosk(viewport?: Viewport): Promise<Page>;
}

/**
 * One Chromium for the calling describe block, launched before its tests and closed, with every
 * page, after them. `launch` for a browser with other switches.
 */
export function useBrowser(launch: () => Promise<Browser> = launchChromium): BrowserFixture {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
  });
  const browser = (): Browser => launched ?? fail('the browser is launched in beforeAll: use it inside a test');
  return {
    get browser() {
      return browser();
    },
    newPage: (viewport: Viewport = portrait) => browser().newPage({ viewport }),
  };
}

/** useBrowser, and one demo (as `npm start` runs it) for the block, named for its data folder. */
export function useKiosk(name: string, launch?: () => Promise<Browser>): KioskFixture {
  const chromium = useBrowser(launch);
  const { newPage } = chromium;
  let started: RunningDemo | undefined;
  beforeAll(async () => {
    started = await startBuiltDemo(name);
  });
  afterAll(async () => {
    await started?.close();
  });
  const demo = (): RunningDemo => started ?? fail('the demo starts in beforeAll: use it inside a test');
  return {
    get browser() {
      return chromium.browser;
    },
    newPage,
    get demo() {
      return demo();
    },
    openKiosk: async (viewport?: Viewport) => {
      const page = await newPage(viewport);
      await page.goto(demo().kioskUrl ?? '');
      return page;
    },
  };
}

function fail(message: string): never {
  throw new Error(message);
}

/** Waits (Playwright's own waiting, no sleeps) until the element shows the text. */
export async function expectText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ state: 'visible', timeout: 20_000 });
}

const shotsDir = join(process.cwd(), '.tmp', 'screenshots');
const layouts = [['landscape', landscape], ['portrait', portrait]] as const;

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

/** A request to the browser host's API as the page makes it (the launch token from the page's URL); the envelope as it came back. */
export async function hostRequest(kioskUrl: string, name: string, payload: unknown): Promise<ReplyEnvelope> {
  const url = new URL(kioskUrl);
  const reply = await fetch(new URL(`/api/invoke/${name}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tongban-token': url.hash.replace('#token=', '') },
    body: JSON.stringify(payload),
  });
  return replyEnvelopeSchema.parse(await reply.json());
}
