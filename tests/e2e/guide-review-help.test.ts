import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import { helpCallListReplySchema } from '../../platform/protocol/index.js';
import { applyForSocialSecurityCard, leaveApplication } from '../support/citizen-steps.js';
import { hallWeekday, startEnrolledKiosk } from '../support/enrolled-kiosk.js';
import { seriousAxeViolations } from './a11y-checks.js';
import { expectText, landscape, portrait, shootLayouts, startBuiltDemo, useBrowser } from './harness.js';

/** From the 好差评 tile to the citizen's cases: the card goes on the reader when the screen asks. */
async function openMyCases(page: Page, demo: RunningDemo): Promise<void> {
  demo.devices.idcardSim?.removeCard();
  await page.getByTestId('home-review').click();
  // A card still on the reader identifies at once; one placed now does a moment later.
  demo.devices.idcardSim?.placeCard(CHEN_XIAOXIN);
  await page.getByTestId('my-cases').waitFor();
}

async function helpCalls(demo: RunningDemo) {
  const reply = await fetch(`${demo.platform.url}/v1/admin/help-calls`, { headers: { authorization: `Bearer ${demo.platform.adminToken}` } });
  expect(reply.status).toBe(200);
  return helpCallListReplySchema.parse(await reply.json()).calls;
}

async function reviewsOf(demo: RunningDemo, caseNumber: string) {
  const { rows } = await demo.platform.db.query<{ body: { score: number; reasons?: string[]; comment?: string } }>(
    "SELECT body FROM terminal_events WHERE kind = 'review' AND case_number = $1",
    [caseNumber],
  );
  return rows.map((r) => r.body);
}

/**
 * The guide's sticky bar, in both orientations and 长者模式, covers under 30% of the screen (it once took 40%): from its
 * top to the end of its last line (its bottom padding sits under the screen's edge once it sticks).
 */
async function expectBarLeavesTheGuide(page: Page): Promise<void> {
  const bar = page.getByTestId('guide-actions');
  for (const viewport of [landscape, portrait]) {
    await page.setViewportSize(viewport);
    const top = (await bar.boundingBox())?.y ?? 0;
    const last = await bar.locator('> *').last().boundingBox();
    const covered = Math.min((last?.y ?? 0) + (last?.height ?? 0), viewport.height) - top;
    expect(covered / viewport.height, `${viewport.width}×${viewport.height}`).toBeLessThan(0.3);
  }
}

describe('the guide, 好差评 and 呼叫帮办, in Chromium through the browser host', () => {
  const chromium = useBrowser();

  /** A fresh demo with a page on its home screen, and `open` for one more; all closed afterwards. */
  async function onKiosk(name: string, run: (demo: RunningDemo, page: Page, open: () => Promise<Page>) => Promise<void>): Promise<void> {
    const demo = await startBuiltDemo(name);
    const pages: Page[] = [];
    const open = async (): Promise<Page> => {
      const page = await chromium.newPage();
      pages.push(page);
      await page.goto(demo.kioskUrl ?? '');
      return page;
    };
    try {
      await run(demo, await open(), open);
    } finally {
      for (const page of pages) await page.close();
      await demo.close();
    }
  }

  it('shows an item\'s guide without a card and prints it on the receipt printer', async () => {
    await onKiosk('guide', async (demo, page) => {
      await page.getByTestId('home-guides').waitFor();
      await shootLayouts(page, 'grh-0-home');
      await page.getByTestId('home-guides').click();
      await page.getByTestId('item-WH-RS-002').waitFor();
      await shootLayouts(page, 'grh-1-guides');
      await page.getByTestId('item-WH-RS-002').click();
      const body = page.getByTestId('guide-body');
      for (const element of ['办事指南', '设定依据', '受理条件', '申请材料', '承诺时限', '收费', '办理地点', '咨询电话']) await expectText(body, element);
      const title = await body.getByRole('heading', { level: 1 }).innerText();
      await shootLayouts(page, 'grh-2-guide');
      await page.getByTestId('guide-print').click();
      await expectText(page.getByTestId('guide-print-state'), '办事指南已打印');
      const printed = demo.devices.printerSim?.receipts ?? [];
      expect(printed).toHaveLength(1);
      const text = printed[0]?.text ?? '';
      expect(text).toContain('办事指南');
      expect(text).toContain(title.replace(' 办事指南', ''));
      expect(text).toContain('申请材料');
      expect(text).toContain('承诺时限');
      expect(text).toContain('12345');
      // The demo has no A4 printer: the screen says so before the citizen presses, then saves.
      await expectText(page.getByTestId('guide-a4-no-printer'), '本机没有 A4 打印机');
      await page.getByTestId('guide-a4-button').click();
      await expectText(page.getByTestId('guide-a4-state'), '已保存在本机');
      await shootLayouts(page, 'grh-3-guide-printed');
      // What to bring comes first; the bar with its news leaves the guide most of the screen.
      expect(await body.locator('h2').first().innerText()).toBe('申请材料');
      await expectBarLeavesTheGuide(page);

      // 在本机办理: the card, then straight to this item's form.
      await page.getByTestId('guide-apply').click();
      await expectText(page.getByTestId('identify-status'), '正在读取');
      demo.devices.idcardSim?.placeCard(CHEN_XIAOXIN);
      await page.getByTestId('identity-continue').click();
      demo.devices.idcardSim?.removeCard();
      await expectText(page.getByRole('heading', { level: 1 }), '社会保障卡补领');
      await page.getByTestId('form-next').waitFor();
      await leaveApplication(page);

      // In 长者模式 too, with the print news showing.
      await page.getByTestId('home-elderly').click();
      await page.getByTestId('home-guides').click();
      await page.getByTestId('item-WH-RS-002').click();
      await page.getByTestId('guide-a4-button').click();
      await page.getByTestId('guide-a4-state').waitFor();
      await expectBarLeavesTheGuide(page);
      await shootLayouts(page, 'grh-3-guide-elderly');
      await page.getByTestId('go-home').click();
      await page.getByTestId('home-elderly').click();

      // The 一件事 tile: after the card, the list holds the bundles and no single item.
      await page.getByTestId('language').click();
      await expectText(page.getByTestId('home-lifeEvents'), 'Life events');
      await shootLayouts(page, 'grh-0-home-english');
      await page.getByTestId('language').click();
      await page.getByTestId('home-lifeEvents').click();
      await expectText(page.getByTestId('identify-status'), '正在读取');
      demo.devices.idcardSim?.placeCard(CHEN_XIAOXIN);
      await page.getByTestId('identity-continue').click();
      await page.getByTestId('item-YJS-XSECS').waitFor();
      expect(await page.getByTestId('item-WH-RS-002').count()).toBe(0);
      await shootLayouts(page, 'grh-11-life-events');
    });
  });

  it('shows where an item is done: the hall\'s photo, floor and window, and a code that opens navigation on a phone', async () => {
    await onKiosk('hall-place', async (_demo, page) => {
      const open = async () => {
        await page.getByTestId('home-guides').click();
        await page.getByTestId('item-WH-RS-002').click();
        await page.getByTestId('hall-place').waitFor();
      };
      await open();
      const place = page.getByTestId('hall-place');
      await expectText(place, '在哪里办');
      await expectText(place, '武汉市民之家');
      await expectText(page.getByTestId('hall-floor'), '2 楼');
      await expectText(page.getByTestId('hall-window'), 'B 区综合受理窗口');
      // The drawn photo is in the catalog itself (a data: URL), so it shows with no network.
      expect(await page.getByTestId('hall-photo').evaluate((img) => Number(Reflect.get(img, 'naturalWidth')))).toBeGreaterThan(0);
      const link = new URL((await page.getByTestId('hall-qr').getAttribute('data-payload')) ?? '');
      expect(`${link.origin}${link.pathname}`).toBe('https://uri.amap.com/marker');
      expect(link.searchParams.get('position')).toBe('114.256500,30.633000');
      expect(link.searchParams.get('name')).toBe('武汉市民之家');
      await shootLayouts(page, 'grh-4-hall-place', page.getByTestId('hall-place-end'));
      await page.getByTestId('go-home').click();
      await page.getByTestId('home-elderly').click();
      await open();
      await shootLayouts(page, 'grh-4-hall-place-elderly', page.getByTestId('hall-place-end'));
      await page.getByTestId('language').click();
      await expectText(place, 'Where to go');
      await shootLayouts(page, 'grh-4-hall-place-elderly-en', page.getByTestId('hall-place-end'));
    });
  });

  it('takes one review per case: a bad one needs a reason, and a second is refused on screen', async () => {
    await onKiosk('review', async (demo, first, open) => {
      const caseNumber = await applyForSocialSecurityCard(first, demo, 'review');
      await first.getByTestId('rate-case').click();
      await first.getByTestId('level-非常不满意').waitFor();

      // Meanwhile the same citizen opens the same case from the 好差评 tile on another screen.
      const second = await open();
      await openMyCases(second, demo);
      await second.getByTestId(`my-case-${caseNumber}`).click();

      await first.getByTestId('level-非常不满意').click();
      await first.getByTestId('review-submit').click();
      await expectText(first.getByTestId('reason-missing'), '请至少选择一项');
      await shootLayouts(first, 'grh-4-review-reason-missing');
      await first.getByTestId('reason-等待时间长').click();
      await first.getByTestId('review-comment').click();
      for (const letter of 'deng') await first.getByTestId(`key-${letter}`).click();
      await first.getByTestId('candidate-等').click();
      await expect.poll(() => first.getByTestId('review-comment').inputValue()).toBe('等');
      await shootLayouts(first, 'grh-5-review-comment');
      await first.getByTestId('review-submit').click();
      await expectText(first.getByTestId('review-upload'), '已送达');
      await shootLayouts(first, 'grh-6-review-thanks');

      await second.getByTestId('level-满意').click();
      await second.getByTestId('review-submit').click();
      await expectText(second.getByTestId('review-error'), '已经评价过了');
      await shootLayouts(second, 'grh-7-review-refused');
      await second.getByTestId('go-home').click();
      await openMyCases(second, demo);
      await expectText(second.getByTestId(`my-case-${caseNumber}`), '已评价');
      expect(await second.getByTestId(`my-case-${caseNumber}`).isDisabled()).toBe(true);
      await shootLayouts(second, 'grh-8-my-cases');

      const reviews = await reviewsOf(demo, caseNumber);
      expect(reviews).toHaveLength(1);
      expect(reviews[0]).toMatchObject({ score: 1, reasons: ['等待时间长'], comment: '等' });
    });
  });

  it('sends a help call only once confirmed, that hall staff see on the platform, and says so; offline it is sent once the line is back', async () => {
    await onKiosk('help', async (demo, page) => {
      await page.getByTestId('home-help').click();
      await page.getByTestId('help-confirm').waitFor();
      await shootLayouts(page, 'grh-8-help-confirm');
      await page.getByTestId('help-cancel').click();
      await page.getByTestId('home-help').waitFor();
      expect(await helpCalls(demo)).toHaveLength(0);

      await page.getByTestId('home-help').click();
      await page.getByTestId('help-reason-device_fault').click();
      await page.getByTestId('help-confirm-call').click();
      await expectText(page.getByTestId('help-state'), '已通知大厅工作人员');
      await expectText(page.getByTestId('hotline'), '12345');
      await shootLayouts(page, 'grh-9-help');
      const calls = await helpCalls(demo);
      expect(calls).toHaveLength(1);
      expect(calls[0]?.reason).toBe('device_fault');

      await page.getByTestId('go-home').click();
      await demo.platform.stop();
      await page.getByTestId('offline-banner').waitFor({ timeout: 20_000 });
      await page.getByTestId('home-help').click();
      await page.getByTestId('help-confirm-call').click();
      await expectText(page.getByTestId('help-state'), '网络恢复后');
      await shootLayouts(page, 'grh-10-help-offline');
      await demo.platform.start();
      await expect.poll(async () => (await helpCalls(demo)).length, { timeout: 30_000, interval: 200 }).toBe(2);
    });
  });

  it('outside the staffed hours says nobody is in the hall, offers 12345 and no call', async () => {
    // Staffed tomorrow only, whenever the test runs; the terminal itself serves round the clock.
    const tomorrow = (hallWeekday() % 7) + 1;
    const host = await startEnrolledKiosk('help-unstaffed', { demo: true, service: { staffedHours: { opens: '08:30', closes: '17:30', days: [tomorrow] }, requiredDevices: [] } });
    const page = await chromium.newPage();
    try {
      await page.goto(host.url);
      await page.getByTestId('home-help').click();
      await expectText(page.getByTestId('help-unstaffed'), '大厅里没有工作人员');
      expect(await page.getByTestId('hall-hours').innerText()).toContain('08:30–17:30');
      await expectText(page.getByTestId('hotline'), '12345');
      expect(await page.getByTestId('help-confirm-call').count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await shootLayouts(page, 'grh-11-help-unstaffed');
      await page.getByTestId('language').click();
      await expectText(page.getByTestId('help-unstaffed'), 'nobody is here');
      await shootLayouts(page, 'grh-12-help-unstaffed-en');
      await page.getByTestId('go-home').click();
      await page.getByTestId('home-elderly').click();
      await page.getByTestId('home-help').click();
      await page.getByTestId('help-unstaffed').waitFor();
      await shootLayouts(page, 'grh-13-help-unstaffed-elderly');
    } finally {
      await page.close();
      await host.close();
    }
  });
});
