import type { Page } from 'playwright-core';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCase, newKeyPair, type TestPlatform, type TestTerminal } from '../integration/platform/harness.js';
import { addConsoleAccount, consolePassword, enrollAt, heartbeat, signedPost, startConsolePlatform } from '../support/console-fleet.js';
import { seriousAxeViolations } from './a11y-checks.js';
import { expectText, shoot, useBrowser } from './harness.js';

/** An office screen. */
const desk = { width: 1440, height: 900 } as const;
const today = new Date().toISOString();

describe('the console pages behind the fleet list in Chromium: a terminal, live alerts, figures, tokens', () => {
  const chromium = useBrowser();
  let platform: TestPlatform;
  let terminal: TestTerminal;

  beforeAll(async () => {
    platform = await startConsolePlatform();
    await addConsoleAccount(platform, 'wang', 'admin', '420102');
    await addConsoleAccount(platform, 'zhao', 'operator', '420102');
    terminal = await enrollAt(platform, '江岸区政务服务中心', '一楼大厅 1 号机', '420102');
    await heartbeat(platform, terminal, { outbox: { depth: 2, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0 } });
    await heartbeat(platform, terminal);
    const cases = [makeCase(terminal, { acceptedAt: today }), makeCase(terminal, { acceptedAt: today }), makeCase(terminal, { acceptedAt: today, itemCode: 'WH-RS-002', itemName: '社会保障卡补领' })];
    await signedPost(platform, terminal, '/v1/cases', { cases });
    const review = (caseNumber: string, score: number, reasons?: string[]) => ({ id: uuidv7(), caseNumber, at: today, score, ...(reasons && { reasons }) });
    await signedPost(platform, terminal, '/v1/reviews', { items: cases.map((c, i) => review(c.caseNumber, i === 2 ? 2 : 5, i === 2 ? ['等待时间长', '材料要求不清楚'] : undefined)) });
    await signedPost(platform, terminal, '/v1/device-events', { items: [{ id: uuidv7(), at: today, device: 'printer', state: 'warning', detail: '纸将尽，请准备更换纸卷' }] });
    await heartbeat(platform, terminal);
  });
  afterAll(() => platform?.close());

  async function openAs(name: string, path: string): Promise<Page> {
    const page = await chromium.newPage(desk);
    await page.goto(`${platform.url}${path}`);
    await page.getByTestId('login-name').fill(name);
    await page.getByTestId('login-password').fill(consolePassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('account').waitFor();
    return page;
  }

  async function expectAxeClean(page: Page): Promise<void> {
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  it("opens a terminal's page from the fleet list: its state, heartbeat and case charts, device events", async () => {
    const page = await openAs('zhao', '/console/fleet');
    await page.getByTestId('terminal-row').filter({ hasText: terminal.terminalCode }).getByTestId('terminal-link').click();
    await expectText(page.getByTestId('terminal-title'), `一楼大厅 1 号机 ${terminal.terminalCode}`);
    expect(new URL(page.url()).pathname).toBe(`/console/terminal/${terminal.terminalId}`);
    await expectText(page.getByTestId('terminal-facts'), '在线');
    await page.locator('[data-testid="heartbeat-chart"][data-drawn="true"]').waitFor();
    await page.locator('[data-testid="cases-chart"][data-drawn="true"]').waitFor();
    expect(await page.getByTestId('heartbeat-chart').getAttribute('aria-label')).toContain('共 3 次');
    expect(await page.getByTestId('cases-chart').getAttribute('aria-label')).toContain('共 3 件');
    await expectText(page.getByTestId('device-event'), '纸将尽');
    await expectAxeClean(page);
    await shoot(page, 'console-terminal');
    await page.close();
  });

  it('shows an alert raised by a heartbeat on the open console without a reload, and acknowledges it', async () => {
    const page = await openAs('zhao', '/console/alerts');
    await page.locator('[data-testid="alert-stream"][data-state="open"]').waitFor();
    await heartbeat(platform, terminal, { health: { idcard: { ok: true }, printer: { ok: false, detail: '缺纸 paper end' } } });
    const row = page.getByTestId('alert-row').filter({ hasText: '缺纸' });
    await expectText(row, terminal.terminalCode);
    await expectText(page.getByTestId('alert-news'), `新告警：一楼大厅 1 号机（${terminal.terminalCode}）缺纸`);
    await expectText(page.getByRole('link', { name: '告警（1）' }), '告警（1）');
    await expectAxeClean(page);
    await shoot(page, 'console-alerts');
    await row.getByTestId('acknowledge').click();
    await expectText(row, 'zhao 已确认');
    const { rows } = await platform.db.query<{ actor: string }>("SELECT actor FROM audit_log WHERE action = 'alert.acknowledged'");
    expect(rows.map((r) => r.actor)).toEqual(['zhao']);
    await shoot(page, 'console-alert-acknowledged');
    await page.close();
  });

  it('lets an admin change the alert rules of their region', async () => {
    const page = await openAs('wang', '/console/alerts');
    await expectText(page.getByTestId('rules-from'), '平台默认');
    await page.getByTestId('rule-offline').fill('15');
    await page.getByTestId('rules-save').click();
    await expectText(page.getByRole('status').filter({ hasText: '告警规则已保存' }), '区域 420102 的告警规则已保存。');
    await expectText(page.getByTestId('rules-from'), '420102');
    await expectAxeClean(page);
    await shoot(page, 'console-alert-rules');
    await page.close();
  });

  it('shows the service figures with ECharts: cases, the share of good reviews, the bad ones with reasons; exports CSV', async () => {
    const page = await openAs('zhao', '/console/figures');
    await expectText(page.getByTestId('tile-cases'), '3 件');
    await expectText(page.getByTestId('tile-good-rate'), '66.7%（2 / 3）');
    await expectText(page.getByTestId('bad-review'), '等待时间长、材料要求不清楚');
    await page.locator('[data-testid="cases-by-day"][data-drawn="true"]').waitFor();
    await page.locator('[data-testid="cases-by-item"][data-drawn="true"]').waitFor();
    await expectAxeClean(page);
    await shoot(page, 'console-figures');
    const href = (await page.getByTestId('figures-csv').getAttribute('href')) ?? '';
    const csv = await page.request.get(`${platform.url}${href}`);
    expect((await csv.text()).split('\r\n').filter((line) => line.includes('社会保障卡补领'))).toHaveLength(1);
    await page.close();
  });

  it('revokes an enrollment token not yet used, and enrollment then refuses it', async () => {
    const page = await openAs('wang', '/console/enrollment');
    await page.getByTestId('token-hall').fill('谌家矶街道便民服务中心');
    await page.getByTestId('token-terminal').fill('大厅 2 号机');
    await page.getByTestId('token-make').click();
    const token = (await page.getByTestId('token').textContent()) ?? '';
    const row = page.getByTestId('token-row').filter({ hasText: '大厅 2 号机' });
    await expectText(row, '待使用');
    await expectAxeClean(page);
    await row.getByTestId('token-revoke').click();
    await expectText(row, '已作废');
    await expectText(page.getByRole('status').filter({ hasText: '已作废' }), '谌家矶街道便民服务中心 大厅 2 号机 的令牌已作废');
    await shoot(page, 'console-token-revoked');
    const enroll = await page.request.post(`${platform.url}/v1/enroll`, { data: { token, publicKey: newKeyPair().publicKey } });
    expect(enroll.status()).toBe(401);
    await page.close();
  });
});
