import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { adminToken, type TestPlatform, type TestTerminal } from '../integration/platform/harness.js';
import { addConsoleAccount, addSilentTerminals, callForHelp, consolePassword, enrollAt, heartbeat, signedPost, startConsolePlatform } from '../support/console-fleet.js';
import { startLiveKiosk } from '../support/live-kiosk.js';
import { seriousAxeViolations } from './a11y-checks.js';
import { expectText, shoot, useBrowser } from './harness.js';
import { enrollmentCode } from '../../platform/protocol/enroll.js';
import { qrPath } from '../../ui-shared/qr-path.js';

/** An office screen. */
const desk = { width: 1440, height: 900 } as const;

describe('the fleet console in Chromium, against a real platform', () => {
  const chromium = useBrowser();
  let platform: TestPlatform;
  let beating: TestTerminal;
  let outside: TestTerminal;

  beforeAll(async () => {
    platform = await startConsolePlatform();
    await addConsoleAccount(platform, 'wang', 'admin', '420102');
    await addConsoleAccount(platform, 'li', 'auditor', '420102');
    await addConsoleAccount(platform, 'zhao', 'operator', '420102');
    beating = await enrollAt(platform, '江岸区政务服务中心', '一楼大厅 1 号机', '420102');
    const faulty = await enrollAt(platform, '江岸区政务服务中心', '一楼大厅 2 号机', '420102');
    await enrollAt(platform, '江岸区政务服务中心', '二楼 3 号机', '420102');
    outside = await enrollAt(platform, '江汉区政务服务中心', '江汉 1 号机', '420103');
    await heartbeat(platform, beating);
    await heartbeat(platform, faulty, { health: { idcard: { ok: true }, printer: { ok: false, detail: '缺纸' } }, outbox: { depth: 4, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0 } });
    await heartbeat(platform, outside);
    await callForHelp(platform, beating);
  });
  afterAll(() => platform?.close());

  async function openConsole(path = '/console/'): Promise<Page> {
    const page = await chromium.newPage(desk);
    await page.goto(`${platform.url}${path}`);
    return page;
  }

  async function logIn(page: Page, name: string, password = consolePassword): Promise<void> {
    await page.getByTestId('login-name').fill(name);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
  }

  async function expectAxeClean(page: Page): Promise<void> {
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  it('refuses a wrong password in Chinese, then in English, then lets the right one in', async () => {
    const page = await openConsole();
    await logIn(page, 'wang', 'not the password');
    await expectText(page.getByTestId('login-error'), '账号或密码不正确');
    await expectAxeClean(page);
    await shoot(page, 'console-login-refused');
    await page.getByTestId('language').click();
    await expectText(page.getByTestId('login-error'), 'The account or password is wrong');
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await shoot(page, 'console-login-refused-en');
    await logIn(page, 'wang');
    await expectText(page.getByTestId('account'), 'wang · Admin · region 420102');
    await page.close();
  });

  it('says an account is locked after repeated wrong passwords', async () => {
    const page = await openConsole();
    for (let i = 0; i < 5; i++) {
      await logIn(page, 'zhao', `wrong ${i}`);
      await page.getByTestId('login-error').waitFor();
    }
    await expectText(page.getByTestId('login-error'), '账号已暂时锁定');
    await logIn(page, 'zhao');
    await expectText(page.getByTestId('login-error'), '账号已暂时锁定');
    await shoot(page, 'console-login-locked');
    await page.close();
  });

  it('shows an admin the terminals of their region with state, devices and versions', async () => {
    const page = await openConsole();
    await logIn(page, 'wang');
    await expectText(page.getByTestId('account'), 'wang · 管理员 · 区域 420102');
    const rows = page.getByTestId('terminal-row');
    await expectText(rows, beating.terminalCode);
    expect(await rows.count()).toBe(3);
    await expectText(page.getByTestId('fleet-summary'), '共 3 台，在线 2，延迟 0，离线 1');
    await expectText(rows.filter({ hasText: beating.terminalCode }), '在线');
    await expectText(rows.filter({ hasText: '2 号机' }), '故障：printer（缺纸）');
    await expectText(rows.filter({ hasText: beating.terminalCode }), '2026.11.1');
    expect(await page.getByText(outside.terminalCode).count()).toBe(0);
    await page.getByTestId('state-filter').selectOption('offline');
    await expectText(rows, '二楼 3 号机');
    expect(await rows.count()).toBe(1);
    await page.getByTestId('state-filter').selectOption('all');
    await expectAxeClean(page);
    await shoot(page, 'console-fleet');
    await page.close();
  });

  it("shows each terminal's remote-config version, marks one behind the version it is sent, and filters to those", async () => {
    const put = await fetch(`${platform.url}/v1/admin/config/regions/420102`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ settings: { volume: 40 } }),
    });
    const { version } = (await put.json()) as { version: number };
    await heartbeat(platform, beating, { configVersion: version });
    const page = await openConsole('/console/fleet');
    await logIn(page, 'wang');
    const rows = page.getByTestId('terminal-row');
    await expectText(rows.filter({ hasText: '2 号机' }).getByTestId('config-behind'), `—（落后，最新 ${version}）`);
    expect(await rows.filter({ hasText: beating.terminalCode }).getByTestId('config-behind').count()).toBe(0);
    await page.getByTestId('config-filter').selectOption('behind');
    await expectText(rows, '2 号机');
    expect(await rows.count()).toBe(1);
    await expectAxeClean(page);
    await shoot(page, 'console-fleet-config-behind');

    // The terminal's own page says the same: the version it runs, and 落后 with the one it is sent.
    await rows.getByTestId('terminal-link').click();
    const facts = page.getByTestId('terminal-facts');
    await expectText(facts.locator('div').filter({ hasText: '配置版本' }).getByTestId('config-behind'), `—（落后，最新 ${version}）`);
    await expectAxeClean(page);
    await shoot(page, 'console-terminal-config-behind');
    await page.goto(`${platform.url}/console/terminal/${beating.terminalId}`);
    await expectText(facts.locator('div').filter({ hasText: '配置版本' }).locator('dd'), String(version));
    expect(await facts.getByTestId('config-behind').count()).toBe(0);
    await page.close();
  });

  it('lets an admin revoke a terminal after confirming', async () => {
    const page = await openConsole('/console/fleet');
    await logIn(page, 'wang');
    const row = page.getByTestId('terminal-row').filter({ hasText: '二楼 3 号机' });
    await row.getByTestId('revoke').click();
    const dialog = page.getByTestId('revoke-dialog');
    await expectText(dialog, '吊销终端');
    await expectAxeClean(page);
    await shoot(page, 'console-revoke-confirm');
    await dialog.getByTestId('revoke-confirm').click();
    await expectText(row, '已吊销');
    expect(await row.getByTestId('revoke').count()).toBe(0);
    await page.close();
  });

  it('answers a help call with the staff number of who goes', async () => {
    const page = await openConsole('/console/help-calls');
    await logIn(page, 'wang');
    const call = page.getByTestId('help-row').filter({ hasText: beating.terminalCode });
    await call.getByTestId('staff-number').fill('A017');
    await expectAxeClean(page);
    await shoot(page, 'console-help-calls');
    await call.getByTestId('answer').click();
    await expectText(call, '工号 A017 已前往');
    await page.close();
  });

  it('shows a call the citizen withdrew as such, with nothing to answer', async () => {
    const withdrawn = await enrollAt(platform, '江岸区政务服务中心', '二楼大厅 3 号机', '420102');
    const callId = uuidv7();
    await signedPost(platform, withdrawn, '/v1/help-calls', { items: [{ id: callId, at: new Date().toISOString(), reason: 'device_fault' }] });
    await signedPost(platform, withdrawn, '/v1/help-calls', { items: [{ id: uuidv7(), at: new Date().toISOString(), cancels: callId }] });
    const page = await openConsole('/console/help-calls');
    await logIn(page, 'wang');
    const call = page.getByTestId('help-row').filter({ hasText: withdrawn.terminalCode });
    await expectText(call.getByTestId('help-cancelled'), '市民已取消，无需前往');
    expect(await call.getByTestId('staff-number').count()).toBe(0);
    await expectAxeClean(page);
    await shoot(page, 'console-help-call-withdrawn');
    await page.close();
  });

  it('makes a one-time enrollment token and shows it once with a QR code', async () => {
    const page = await openConsole('/console/enrollment');
    await logIn(page, 'wang');
    await page.getByTestId('token-hall').fill('谌家矶街道便民服务中心');
    await page.getByTestId('token-terminal').fill('大厅 1 号机');
    await page.getByTestId('token-validity').selectOption('72');
    await expectAxeClean(page);
    await page.getByTestId('token-make').click();
    await expectText(page.getByTestId('token'), /^[0-9a-f]{48}$/u);
    // The QR holds the platform's address (the one this browser used) and the token: the terminal's scanner reads both.
    const platformUrl = new URL(page.url()).origin;
    expect(await page.getByTestId('token-qr').locator('path').getAttribute('d')).toBe(qrPath(enrollmentCode(platformUrl, await page.getByTestId('token').innerText())).path);
    await expectText(page.getByTestId('token-platform'), platformUrl);
    await expectAxeClean(page);
    await shoot(page, 'console-token');
    await page.reload();
    expect(await page.getByTestId('token').count()).toBe(0);
    await page.close();
  });

  it('lists every action in the audit log, and downloads it as CSV', async () => {
    const page = await openConsole('/console/audit');
    await logIn(page, 'wang');
    const rows = page.getByTestId('audit-row');
    await expectText(rows, '吊销终端');
    await expectText(rows, '生成登记令牌');
    await expectText(rows, '应答求助呼叫');
    await expectText(rows, '登录失败');
    await page.getByTestId('audit-action').selectOption('terminal.revoked');
    await page.getByRole('button', { name: '筛选' }).click();
    // The filtered list has replaced the whole one: every action shown is the one asked for.
    await page.waitForFunction(`(() => {
      const actions = Array.from(document.querySelectorAll('[data-testid="audit-row"] td:nth-child(4)'), (cell) => cell.textContent);
      return actions.length > 0 && actions.every((action) => action === '吊销终端');
    })()`);
    await expectAxeClean(page);
    await shoot(page, 'console-audit');
    const href = (await page.getByTestId('audit-csv').getAttribute('href')) ?? '';
    const csv = await page.request.get(`${platform.url}${href}`);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines.length).toBe(2);
    expect(lines[1]).toContain('terminal.revoked');
    await page.close();
  });

  it('does not offer an auditor revoke, and the platform refuses it if they try', async () => {
    const page = await openConsole();
    await logIn(page, 'li');
    await expectText(page.getByTestId('account'), 'li · 审计员 · 区域 420102');
    await expectText(page.getByTestId('terminal-row'), beating.terminalCode);
    expect(await page.getByTestId('revoke').count()).toBe(0);
    await shoot(page, 'console-fleet-auditor');
    const status = await page.evaluate(async (id) => {
      const me = (await (await fetch('/v1/console/me')).json()) as { csrfToken: string };
      const res = await fetch(`/v1/admin/terminals/${id}/revoke`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: '{}' });
      return res.status;
    }, beating.terminalId);
    expect(status).toBe(403);
    await expectText(page.getByTestId('terminal-row').filter({ hasText: beating.terminalCode }), '在线');
    await page.close();
  });

  it('logs out: back to the login page, and the session no longer opens the API', async () => {
    const page = await openConsole();
    await logIn(page, 'wang');
    await page.getByTestId('logout').click();
    await page.getByTestId('login-submit').waitFor();
    expect(await page.evaluate(async () => (await fetch('/v1/console/me')).status)).toBe(401);
    await page.reload();
    await page.getByTestId('login-submit').waitFor();
    await page.close();
  });

  it('goes back to the login page when the session ends behind its back', async () => {
    const page = await openConsole();
    await logIn(page, 'wang');
    await expectText(page.getByTestId('account'), 'wang');
    // As an expiry would: the session is gone from the platform, the page still shows the console.
    await page.evaluate(async () => {
      const me = (await (await fetch('/v1/console/me')).json()) as { csrfToken: string };
      await fetch('/v1/console/logout', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: '{}' });
    });
    await page.getByRole('link', { name: '求助呼叫' }).click();
    await page.getByTestId('login-submit').waitFor();
    await page.close();
  });

  it('sends a command to a running kiosk and shows its acknowledgement and diagnostics; sets its remote config', async () => {
    // A street of the admin's district whose terminals beat every second, so the answer comes quickly.
    const street = '420102001000';
    const put = await fetch(`${platform.url}/v1/admin/config/regions/${street}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ settings: { heartbeatIntervalSeconds: 1 } }),
    });
    expect(put.status).toBe(200);
    const live = await startLiveKiosk(platform, { hallName: '谌家矶街道便民服务中心', terminalName: '大厅 1 号机', regionCode: street });
    try {
      const page = await openConsole();
      await logIn(page, 'wang');
      await page.getByTestId('region-filter').fill(street);
      await page.getByTestId('terminal-row').filter({ hasText: live.terminalCode }).getByTestId('commands').click();
      const dialog = page.getByTestId('commands-dialog');
      await expectText(dialog, `终端 ${live.terminalCode} 的远程指令`);
      await dialog.getByTestId('command-kind').selectOption('maintenance.enter');
      await dialog.getByTestId('command-send').click();
      const row = dialog.getByTestId('command-row').first();
      await expectText(row, '进入维护');
      await expectText(row, '已完成');
      await expectText(row, '终端已进入维护状态');
      expect((await live.status()).service).toEqual({ state: 'maintenance' });
      await dialog.getByTestId('command-kind').selectOption('diagnostics.upload');
      await dialog.getByTestId('command-send').click();
      await expectText(dialog.getByTestId('command-row').first(), '诊断信息已上传');
      await dialog.getByTestId('command-row').first().getByText('诊断信息', { exact: true }).click();
      await expectAxeClean(page);
      await shoot(page, 'console-commands');
      await page.keyboard.press('Escape');
      // Remote config for this one terminal: saved, then the terminal reports it runs that version.
      await page.getByRole('link', { name: '远程配置' }).click();
      await page.getByTestId('config-scope').selectOption('terminal');
      await page.getByTestId('config-key').fill(live.terminalCode);
      await page.getByTestId('config-load').click();
      await expectText(page.getByTestId('config-version'), '本范围尚未设置');
      await page.getByTestId('config-announcements').fill('今日 16:00 暂停服务 | Closed from 16:00 today');
      await page.getByTestId('config-speech').selectOption('off');
      await page.getByTestId('config-save').click();
      await expectText(page.getByTestId('config-saved'), '已保存');
      const version = (await page.getByTestId('config-saved').textContent())?.match(/\d+/u)?.[0] ?? '';
      await expect.poll(async () => (await live.status()).screen.speech, { timeout: 20_000 }).toBe(false);
      await expect
        .poll(async () => {
          await page.getByTestId('config-load').click();
          return page.getByTestId('config-effective').textContent();
        }, { timeout: 20_000 })
        .toContain(`终端上报正在运行版本 ${version}`);
      await expectAxeClean(page);
      await shoot(page, 'console-remote-config');
      await page.close();
    } finally {
      await live.close();
    }
  });

  it('sets up a hall for 预约取号: a mistake named before sending, then saved and listed', async () => {
    const page = await openConsole();
    await logIn(page, 'wang');
    await page.getByRole('link', { name: '预约取号' }).click();
    await page.getByTestId('halls-new').click();
    const json = page.getByTestId('hall-json');
    const hall = JSON.parse(await json.inputValue()) as { name: string; groups: { items: { code: string; name: string }[] }[] };
    await page.getByTestId('hall-save').click();
    await expectText(page.getByTestId('hall-problem'), 'name');
    hall.name = '江岸区政务服务中心';
    hall.groups[0]?.items.push({ code: 'WH-RS-002', name: '社会保障卡补领' });
    await json.fill(JSON.stringify(hall));
    await page.getByTestId('hall-save').click();
    await expectText(page.getByTestId('hall-saved'), '已保存');
    await expectText(page.getByTestId('hall'), '社会保障卡补领');
    await expectAxeClean(page);
    await shoot(page, 'console-halls');
    await page.close();
  });

  it('pages through a province-sized fleet of 3,000 terminals a hundred rows at a time', async () => {
    await addSilentTerminals(platform, 3000, '420102');
    const page = await openConsole();
    await logIn(page, 'wang');
    await expectText(page.getByTestId('fleet-page'), '第 1 / 31 页');
    expect(await page.getByTestId('terminal-row').count()).toBe(100);
    await page.getByTestId('region-filter').fill('420103');
    await expectText(page.getByText('没有符合条件的终端。'), '没有符合条件的终端。');
    await page.close();
  });
});
