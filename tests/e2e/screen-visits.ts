import type { Page } from 'playwright-core';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { identifyWithAppCode, scan } from '../support/app-code.js';
import { applyForItem, choiceItem, identifyWithCard } from '../support/citizen-steps.js';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import { expectText } from './harness.js';
import { letNobodyAnswer } from './remote-steps.js';

/**
 * One screen a citizen can reach, and how to get there from a fresh home screen. The
 * accessibility walk (a11y-walk.ts) checks every visit in every orientation and in 长者模式;
 * a screen added later joins the walk with one more line in `screenVisits`.
 */
export interface ScreenVisit {
  name: string;
  /** From the home screen, already loaded, to this screen shown and settled. */
  reach: (page: Page, demo: RunningDemo) => Promise<void>;
  /** Idle-time visits need Playwright's clock installed before the page loads. */
  fakeClock?: boolean;
}

/** 预约 with the card, a bookable item chosen: its days and slots. */
async function slots(page: Page, demo: RunningDemo): Promise<void> {
  const reader = demo.devices.idcardSim;
  if (!reader) throw new Error('the demo did not put the reader simulator on a pty');
  await page.getByTestId('home-appointments').click();
  await expectText(page.getByTestId('identify-status'), '正在读取');
  reader.placeCard(CHEN_XIAOXIN);
  await page.getByTestId('new-booking').waitFor();
  reader.removeCard();
  await page.getByTestId('new-booking').click();
  await page.getByTestId(`book-item-${choiceItem}`).click();
  await page.getByTestId('book-confirm').waitFor();
}

/** 缴费: a notice's amount shown, before any order is made (the walk visits it in every layout). */
async function payNotice(page: Page): Promise<void> {
  await page.getByTestId('home-pay').click();
  await page.getByTestId('pay-notice-input').fill('42010025030100000025');
  await page.getByTestId('pay-submit').click();
  await page.getByTestId('pay-start').waitFor();
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
  await page.getByTestId('form-next').waitFor();
}

/** 退休一件事 for the demo card's holder, 36: refused before the form, with where to go instead. */
async function notEligible(page: Page, demo: RunningDemo): Promise<void> {
  await identifyWithCard(page, demo);
  await page.getByTestId('identity-continue').click();
  await page.getByTestId('browse-view-stage').click();
  await page.getByTestId('browse-stage-退休').click();
  await page.getByTestId('item-YJS-TX').click();
  await page.getByTestId('not-eligible').waitFor();
}

/** The choice made, on to 核对信息. */
async function checkAnswers(page: Page, demo: RunningDemo): Promise<void> {
  await form(page, demo);
  await page.getByTestId('option-delivery.method-post').click();
  await page.getByTestId('form-next').click();
  await page.getByTestId('check-answers').waitFor();
}

/** 核对信息 done: each material with its ways (免提交, photo, 容缺). */
async function materials(page: Page, demo: RunningDemo): Promise<void> {
  await checkAnswers(page, demo);
  await page.getByTestId('submit').click();
  await page.getByTestId('materials-submit').waitFor();
}

/** 拍照上传 on a terminal with no usable camera (this browser has none): one message and the other ways. */
async function cameraFailed(page: Page, demo: RunningDemo): Promise<void> {
  await materials(page, demo);
  await page.locator('[data-testid$="-capture"]').first().click();
  await page.getByTestId('camera-failed').waitFor();
}

/** 办事指南 of the item, no card needed. */
async function guide(page: Page): Promise<void> {
  await page.getByTestId('home-guides').click();
  await page.getByTestId(`item-${choiceItem}`).click();
  await page.getByTestId('guide-body').waitFor();
}

/** 好差评 of the case just accepted, a bad level chosen so the reasons show. */
async function review(page: Page, demo: RunningDemo): Promise<void> {
  await done(page, demo);
  await page.getByTestId('rate-case').click();
  await page.getByTestId('level-不满意').click();
  await page.getByTestId('review-reasons').waitFor();
}

/** 证明打印: the card read, the documents that print on the spot listed. */
async function results(page: Page, demo: RunningDemo): Promise<void> {
  await page.getByTestId('home-results').click();
  await page.getByTestId('identify-status').waitFor();
  demo.devices.idcardSim?.placeCard(CHEN_XIAOXIN);
  await page.getByTestId('result-WH-RS-008').waitFor();
  demo.devices.idcardSim?.removeCard();
}

/** The ID number typed on the number pad instead of the card. */
async function typedId(page: Page): Promise<void> {
  await page.getByTestId('home-apply').click();
  await page.getByTestId('identify-typed').click();
  await page.getByTestId('typed-id').waitFor();
}

/**
 * The confirmation once its receipt is printed (the case number comes first, the receipt after)
 * and the A4 form's page count is in (after the receipt), so every layout is measured whole.
 */
async function done(page: Page, demo: RunningDemo): Promise<void> {
  await identifyWithCard(page, demo);
  await applyForItem(page);
  await page.locator('[data-testid="receipt-state"].fact-ok').waitFor();
  await page.getByTestId('form-a4').waitFor();
}

/** The pinyin keyboard open with candidates showing, the field above it. */
async function keyboard(page: Page, demo: RunningDemo): Promise<void> {
  await form(page, demo, nameItem);
  await page.getByTestId('field-spouse.name').click();
  for (const letter of 'chen') await page.getByTestId(`key-${letter}`).click();
  await page.getByTestId('candidate-陈').waitFor();
}

/** 手写 open on the name field, one stroke written (一), its candidates showing. */
async function handwriting(page: Page, demo: RunningDemo): Promise<void> {
  await form(page, demo, nameItem);
  await page.getByTestId('field-spouse.name').click();
  await page.getByTestId('mode-handwriting').click();
  const pad = await page.getByTestId('handwriting-pad').boundingBox();
  if (!pad) throw new Error('no handwriting pad');
  await page.mouse.move(pad.x + pad.width * 0.2, pad.y + pad.height / 2);
  await page.mouse.down();
  await page.mouse.move(pad.x + pad.width * 0.8, pad.y + pad.height / 2, { steps: 10 });
  await page.mouse.up();
  await page.getByTestId('candidate-一').waitFor();
}

/** A date that does not exist, refused in words beside the calendar. */
async function dateRefused(page: Page, demo: RunningDemo): Promise<void> {
  await form(page, demo, nameItem);
  await page.getByTestId('field-appointment.date').fill('2026-02-30');
  await page.getByTestId('form-next').click();
  await page.getByTestId('field-error-appointment.date').waitFor();
}

/** Past the idle time (twice as long in 长者模式) the question is up, counting down. */
async function idleQuestion(page: Page, demo: RunningDemo): Promise<void> {
  await identifyWithCard(page, demo);
  const elderly = (await page.getByTestId('kiosk-root').getAttribute('class'))?.includes('elderly') ?? false;
  await page.clock.fastForward((elderly ? 121 : 61) * 1000);
  await page.getByTestId('idle-overlay').waitFor();
}

/** 呼叫帮办 confirmed and placed: the call waits for staff, with 取消呼叫 (the demo hall is staffed). */
async function helpPlaced(page: Page): Promise<void> {
  await page.getByTestId('home-help').click();
  await page.getByTestId('help-confirm-call').click();
  await page.getByTestId('help-placed').waitFor();
}

/** 远程帮办 asked from 呼叫帮办: waiting for a clerk, the dock under the screen. */
async function remoteWaiting(page: Page): Promise<void> {
  await page.getByTestId('home-help').click();
  await page.getByTestId('remote-ask').click();
  await expectText(page.getByTestId('remote-dock'), '正在等待帮办员接听');
}

/** Nobody answered in 90 s (the clock jumped): 12345 and the callback form. */
async function remoteUnanswered(page: Page): Promise<void> {
  await remoteWaiting(page);
  await letNobodyAnswer(page);
  await page.getByTestId('remote-unanswered').waitFor();
  await page.getByTestId('remote-phone').waitFor();
}

/** The platform away: the plain refusal with 12345 and the callback form; the platform is back for the next visit. */
async function remoteOffline(page: Page, demo: RunningDemo): Promise<void> {
  await page.getByTestId('home-help').click();
  await demo.platform.stop();
  try {
    await page.getByTestId('remote-ask').click();
    await page.getByTestId('remote-error').waitFor();
  } finally {
    await demo.platform.start();
  }
  await page.getByTestId('remote-phone').waitFor();
}

export const screenVisits: ScreenVisit[] = [
  { name: 'home', reach: (page) => page.getByTestId('home-apply').waitFor() },
  { name: 'identify', reach: (page) => page.getByTestId('home-apply').click().then(() => expectText(page.getByTestId('identify-status'), /\S/u)) },
  { name: 'confirm', reach: identifyWithCard },
  { name: 'identify-app-code-refused', reach: (page) => page.getByTestId('home-apply').click().then(() => page.getByTestId('app-code').waitFor()).then(() => scan(page, 'not-a-code')).then(() => page.getByTestId('app-code-error').waitFor()) },
  { name: 'confirm-app-code', reach: identifyWithAppCode },
  { name: 'items', reach: items },
  { name: 'form', reach: (page, demo) => form(page, demo) },
  { name: 'form-errors', reach: (page, demo) => form(page, demo).then(() => page.getByTestId('form-next').click()).then(() => page.getByTestId('form-errors').waitFor()) },
  { name: 'check-answers', reach: checkAnswers },
  { name: 'materials', reach: materials },
  { name: 'camera-failed', reach: cameraFailed },
  { name: 'keyboard', reach: keyboard },
  { name: 'handwriting', reach: handwriting },
  { name: 'date-refused', reach: dateRefused },
  { name: 'done', reach: done },
  { name: 'done-sms', reach: (page, demo) => done(page, demo).then(() => page.getByTestId('sms-open').click()).then(() => page.getByTestId('sms-phone').waitFor()) },
  { name: 'query', reach: (page) => page.getByTestId('home-query').click().then(() => page.getByTestId('query-input').waitFor()) },
  { name: 'query-status', reach: (page, demo) => done(page, demo).then(() => page.getByTestId('query-case').click()).then(() => page.getByTestId('query-submit').click()).then(() => page.getByTestId('query-status').waitFor()) },
  { name: 'idle', reach: idleQuestion, fakeClock: true },
  { name: 'typed-id', reach: typedId },
  { name: 'life-events', reach: (page) => page.getByTestId('home-lifeEvents').click().then(() => page.getByTestId('identify-status').waitFor()) },
  { name: 'guides', reach: (page) => page.getByTestId('home-guides').click().then(() => page.getByTestId(`item-${choiceItem}`).waitFor()) },
  { name: 'guide', reach: guide },
  { name: 'browse-stage', reach: (page) => page.getByTestId('home-guides').click().then(() => page.getByTestId('browse-view-stage').click()).then(() => page.getByTestId('browse-stage').waitFor()) },
  { name: 'not-eligible', reach: notEligible },
  { name: 'review', reach: review },
  { name: 'help', reach: (page) => page.getByTestId('home-help').click().then(() => page.getByTestId('help-confirm').waitFor()) },
  { name: 'help-placed', reach: helpPlaced },
  { name: 'help-withdrawn', reach: (page) => helpPlaced(page).then(() => page.getByTestId('help-withdraw').click()).then(() => page.getByTestId('help-cancelled').waitFor()) },
  { name: 'results', reach: results },
  { name: 'ask', reach: (page) => page.getByTestId('home-ask').click().then(() => page.getByTestId('situation-QJ-BABY').waitFor()) },
  { name: 'situation-outcome', reach: (page) => page.getByTestId('home-ask').click().then(() => page.getByTestId('situation-QJ-RETIRE').click()).then(() => page.getByTestId('answer-0').click()).then(() => page.getByTestId('answer-0').click()).then(() => page.getByTestId('situation-outcome').waitFor()) },
  { name: 'queue', reach: (page) => page.getByTestId('home-queue').click().then(() => page.getByTestId('queue-group-A').waitFor()) },
  { name: 'slots', reach: slots },
  { name: 'pay', reach: (page) => page.getByTestId('home-pay').click().then(() => page.getByTestId('pay-notice-input').waitFor()) },
  { name: 'pay-notice', reach: payNotice },
  { name: 'remote-waiting', reach: remoteWaiting },
  { name: 'remote-unanswered', reach: remoteUnanswered, fakeClock: true },
  { name: 'remote-offline', reach: remoteOffline },
];
