import type { Page } from 'playwright-core';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { applyForItem, choiceItem, identifyWithCard } from '../support/citizen-steps.js';
import { expectText } from './harness.js';

/**
 * One screen a citizen can reach, and how to get there from a fresh home screen. The
 * accessibility walk (a11y.test.ts) checks every visit in every orientation and in 长者模式;
 * a screen added later joins the walk with one more line in `screenVisits`.
 */
export interface ScreenVisit {
  name: string;
  /** From the home screen, already loaded, to this screen shown and settled. */
  reach: (page: Page, demo: RunningDemo) => Promise<void>;
  /** Idle-time visits need Playwright's clock installed before the page loads. */
  fakeClock?: boolean;
}

/** 婚姻登记预约: a name typed with pinyin. */
const nameItem = 'WH-MZ-003';

async function items(page: Page, demo: RunningDemo): Promise<void> {
  await identifyWithCard(page, demo);
  await page.getByTestId('identity-continue').click();
  await page.getByTestId(`item-${choiceItem}`).waitFor();
}

async function form(page: Page, demo: RunningDemo, itemCode = choiceItem): Promise<void> {
  await items(page, demo);
  await page.getByTestId(`item-${itemCode}`).click();
  await page.getByTestId('submit').waitFor();
}

async function done(page: Page, demo: RunningDemo): Promise<void> {
  await identifyWithCard(page, demo);
  await applyForItem(page);
}

/** The pinyin keyboard open with candidates showing, the field above it. */
async function keyboard(page: Page, demo: RunningDemo): Promise<void> {
  await form(page, demo, nameItem);
  await page.getByTestId('field-spouse.name').click();
  for (const letter of 'chen') await page.getByTestId(`key-${letter}`).click();
  await page.getByTestId('candidate-陈').waitFor();
}

/** Past the idle time (twice as long in 长者模式) the question is up, counting down. */
async function idleQuestion(page: Page, demo: RunningDemo): Promise<void> {
  await identifyWithCard(page, demo);
  const elderly = (await page.getByTestId('kiosk-root').getAttribute('class'))?.includes('elderly') ?? false;
  await page.clock.fastForward((elderly ? 121 : 61) * 1000);
  await page.getByTestId('idle-overlay').waitFor();
}

export const screenVisits: ScreenVisit[] = [
  { name: 'home', reach: (page) => page.getByTestId('home-apply').waitFor() },
  { name: 'identify', reach: (page) => page.getByTestId('home-apply').click().then(() => expectText(page.getByTestId('identify-status'), /\S/u)) },
  { name: 'confirm', reach: identifyWithCard },
  { name: 'items', reach: items },
  { name: 'form', reach: (page, demo) => form(page, demo) },
  { name: 'form-errors', reach: (page, demo) => form(page, demo).then(() => page.getByTestId('submit').click()).then(() => page.getByTestId('form-errors').waitFor()) },
  { name: 'keyboard', reach: keyboard },
  { name: 'done', reach: done },
  { name: 'query', reach: (page) => page.getByTestId('home-query').click().then(() => page.getByTestId('query-input').waitFor()) },
  { name: 'query-status', reach: (page, demo) => done(page, demo).then(() => page.getByTestId('query-case').click()).then(() => page.getByTestId('query-submit').click()).then(() => page.getByTestId('query-status').waitFor()) },
  { name: 'idle', reach: idleQuestion, fakeClock: true },
];
