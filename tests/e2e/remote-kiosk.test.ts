// The kiosk's screen as the platform shapes it from afar: the hall's announcements and 长者模式 by
// default from remote config, and a help call answered in the console told to the citizen.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { startHost, type RunningHost } from '../../electron/host.js';
import { adminToken, startTestPlatform, type TestPlatform } from '../integration/platform/harness.js';
import { startLiveKiosk, type LiveKiosk } from '../support/live-kiosk.js';
import { helpCallListReplySchema } from '../../platform/protocol/index.js';
import { formatClock } from '../../renderer/ui/format.js';
import { expectText, shoot, shootLayouts, useBrowser } from './harness.js';

const announcement = { zh: '本周六上午 9:00—12:00 系统升级，暂停服务', en: 'Closed for a system upgrade on Saturday 9:00–12:00' };

describe('a kiosk screen driven by the platform through heartbeats', () => {
  const chromium = useBrowser();
  let platform: TestPlatform;
  let live: LiveKiosk;
  let host: RunningHost;
  const admin = (path: string, method: string, body?: object) =>
    fetch(`${platform.url}${path}`, { method, headers: { authorization: `Bearer ${adminToken}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body && JSON.stringify(body) });

  beforeAll(async () => {
    platform = await startTestPlatform('pglite', { fleet: { heartbeatIntervalSeconds: 1, retentionDays: 30 } });
    live = await startLiveKiosk(platform, { hallName: '江岸区政务服务中心', terminalName: '一楼大厅 1 号机', regionCode: '420102' }, { demo: true });
    host = await startHost({
      rendererDir: join(process.cwd(), 'dist', 'renderer'),
      core: {
        invoke: (request, payload) => dispatch(live.kiosk.handlers, request, payload, () => undefined),
        onEvent: (listener) => live.kiosk.onStatus((status) => listener('kiosk.status', status)),
      },
    });
  });
  afterAll(async () => {
    await host?.close();
    await live?.close();
    await platform?.close();
  });

  it('shows the announcements the platform set and starts in 长者模式, without a restart', async () => {
    const page = await chromium.newPage();
    await page.goto(host.url);
    await page.getByTestId('home-elderly').waitFor();
    const put = await admin('/v1/admin/config/regions/420102', 'PUT', { settings: { announcements: [announcement], elderModeByDefault: true } });
    expect(put.status).toBe(200);
    await expectText(page.getByTestId('announcements'), announcement.zh);
    await expect.poll(() => page.getByTestId('home-elderly').getAttribute('aria-pressed'), { timeout: 20_000 }).toBe('true');
    await page.getByTestId('announcements').scrollIntoViewIfNeeded();
    await shoot(page, 'kiosk-remote-announcements');
    await page.close();
  });

  it('tells the citizen which staff member is coming once the call is answered in the console', async () => {
    const page = await chromium.newPage();
    await page.goto(host.url);
    // 长者模式 by default since the test above: the placed call's screens are seen large.
    await expect.poll(() => page.getByTestId('home-elderly').getAttribute('aria-pressed'), { timeout: 20_000 }).toBe('true');
    await page.getByTestId('home-help').click();
    await page.getByTestId('help-confirm-call').click();
    await expectText(page.getByTestId('help-state'), '已通知大厅工作人员');
    const call = await vi.waitFor(async () => {
      const { rows } = await platform.db.query<{ id: string }>("SELECT id FROM terminal_events WHERE kind = 'help_call'");
      expect(rows).toHaveLength(1);
      return rows[0]?.id ?? '';
    });
    expect((await admin(`/v1/admin/help-calls/${call}/answer`, 'POST', { by: 'A017' })).status).toBe(200);
    const { rows: answers } = await platform.db.query<{ at: Date }>('SELECT answered_at AS at FROM help_call_answers WHERE event_id = $1', [call]);
    const answeredAt = formatClock(new Date(answers[0]?.at ?? 0));
    await expectText(page.getByTestId('help-coming'), `工作人员（工号 A017）正在赶来（${answeredAt} 接到呼叫）`);
    await shootLayouts(page, 'kiosk-help-coming');
    await page.getByTestId('language').click();
    await expectText(page.getByTestId('help-coming'), `A member of staff (No. A017) is on the way (took your call at ${answeredAt})`);
    await page.getByTestId('language').click();

    // Helped by someone else meanwhile: the citizen withdraws the call, and the hall hears of it.
    await page.getByTestId('help-withdraw').click();
    await expectText(page.getByTestId('help-cancelled'), '呼叫已取消');
    await shootLayouts(page, 'kiosk-help-cancelled');
    await vi.waitFor(async () => {
      const calls = helpCallListReplySchema.parse(await (await admin('/v1/admin/help-calls', 'GET')).json()).calls;
      expect(calls.find((c) => c.id === call)?.cancelledAt).not.toBeNull();
    });
    expect((await admin(`/v1/admin/help-calls/${call}/answer`, 'POST', { by: 'A018' })).status).toBe(409);
    await page.getByTestId('help-done').click();
    await page.getByTestId('home-help').waitFor();
    await page.close();
  });

  it('starts each visit with the hall’s speech and volume, which 声音 shows and the citizen may change', async () => {
    const page = await chromium.newPage();
    await page.goto(host.url);
    await expectText(page.getByTestId('speech'), '声音 开');
    const put = await admin('/v1/admin/config/regions/420102', 'PUT', { settings: { speech: false, volume: 40 } });
    expect(put.status).toBe(200);
    await expectText(page.getByTestId('speech'), '声音 关');
    await page.getByTestId('speech').click();
    await expectText(page.getByTestId('volume-level'), '音量 40%');
    await page.getByTestId('speech-toggle').click();
    await page.getByTestId('speech-close').click();
    await expectText(page.getByTestId('speech'), '声音 开');
    await page.close();
  });
});
