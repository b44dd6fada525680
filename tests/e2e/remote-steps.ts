// The two screens of 远程帮办 in e2e tests: the kiosk's page and a clerk's console, each in a
// Chromium with fake camera and microphone and calls kept on loopback.
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { addAccount } from '../../platform/accounts/store.js';
import type { Database } from '../../platform/db/database.js';
import { consolePassword } from '../support/console-fleet.js';
import { fakeMediaArgs, loopbackOnly } from '../support/webrtc-loopback.js';
import { chromiumArgs, chromiumPath, type BrowserFixture, type KioskFixture } from './harness.js';

export const launchWithMedia = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...fakeMediaArgs], headless: true });

const desk = { width: 1440, height: 900 } as const;

/** Clerks of the demo terminal's region (Wuhan, 420100) and of one it is not in (Jiang'an). */
export async function addClerks(db: Database): Promise<void> {
  const by = { name: 'e2e', sourceIp: null };
  await addAccount(db, { name: 'clerk.wuhan', role: 'clerk', regionCode: '420100', password: consolePassword }, by);
  await addAccount(db, { name: 'clerk.jiangan', role: 'clerk', regionCode: '420102', password: consolePassword }, by);
}

/** The kiosk's home screen; `prepare` runs before it loads (Playwright's clock must be installed first). */
export async function openRemoteKiosk(kiosk: KioskFixture, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await kiosk.newPage();
  await page.addInitScript(loopbackOnly);
  await prepare?.(page);
  await page.goto(kiosk.demo.kioskUrl ?? '');
  return page;
}

/**
 * Jumps the page's clock past the kiosk's 90 s wait for a clerk (renderer/remote-window/
 * use-remote-call.ts) in two halves. One jump of 90 s would also pass the 60 s deadline of the
 * call's long poll then in flight, and the kiosk would rightly say the line dropped; after the
 * first half the next poll is sent afresh, so its deadline lies beyond the second.
 */
export async function letNobodyAnswer(citizen: Page): Promise<void> {
  const nextPoll = citizen.waitForRequest((request) => request.url().endsWith('/api/invoke/remote.news'));
  await citizen.clock.fastForward('00:45');
  await nextPoll;
  await citizen.clock.fastForward('00:45');
}

/** The fleet console signed in as `name`, on a desk-sized screen; `probes`: more init scripts for the page (screenChannelProbe). */
export async function openConsoleAs(browser: BrowserFixture, consoleUrl: string, name: string, ...probes: string[]): Promise<Page> {
  const page = await browser.newPage(desk);
  for (const script of [loopbackOnly, ...probes]) await page.addInitScript(script);
  await page.goto(consoleUrl);
  await page.getByTestId('login-name').fill(name);
  await page.getByTestId('login-password').fill(consolePassword);
  await page.getByTestId('login-submit').click();
  return page;
}
