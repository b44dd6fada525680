// The rollouts page in Chromium against a real platform: a canary version with one terminal
// installing and one refusing, paused and continued by an admin (each audited), widened county by
// county to all and rolled back, read-only for an operator, counted within an auditor's own district.
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBundle } from '../../platform/protocol/bundle-sign.js';
import { adminToken, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from '../integration/platform/harness.js';
import { heartbeatReplySchema, type HeartbeatReply } from '../../platform/protocol/index.js';
import { addConsoleAccount, consolePassword, enrollAt, heartbeat } from '../support/console-fleet.js';
import { seriousAxeViolations } from './a11y-checks.js';
import { expectText, shoot, useBrowser } from './harness.js';

const desk = { width: 1440, height: 900 } as const;
const signer = generateKeyPairSync('ed25519').privateKey;
const trust = { keys: [createPublicKey(signer).export({ type: 'spki', format: 'der' }).toString('base64')], threshold: 1 };
const bundle = (version: number) =>
  signBundle(Buffer.from(JSON.stringify({ items: [], lifeEvents: [], benefits: [] })), [signer], { version, expires: new Date(Date.now() + 365 * 86_400_000), scope: '420100' });

describe('the catalog rollouts page in Chromium: adoption by canaries and county, pause and continue', () => {
  const chromium = useBrowser();
  let platform: TestPlatform;
  /** A and C in 江岸区 (420102) are the canaries of version 2; B is in 武昌区 (420106). */
  let a: TestTerminal, b: TestTerminal, c: TestTerminal;

  const publish = async (version: number, query: string) => {
    const res = await fetch(`${platform.url}/v1/admin/catalog?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/octet-stream' },
      body: bundle(version),
    });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    platform = await startTestPlatform('pglite', { consoleDir: join(process.cwd(), 'dist', 'console'), catalogTrust: trust });
    await addConsoleAccount(platform, 'wang', 'admin', '420100');
    await addConsoleAccount(platform, 'zhao', 'operator', '420100');
    await addConsoleAccount(platform, 'li', 'auditor', '420106');
    a = await enrollAt(platform, '江岸区政务服务中心', '一楼 1 号机', '420102');
    b = await enrollAt(platform, '武昌区政务服务中心', '一楼 1 号机', '420106');
    c = await enrollAt(platform, '江岸区政务服务中心', '一楼 2 号机', '420102');
    await publish(1, 'stage=all');
    await publish(2, `stage=canary&terminals=${a.terminalCode},${c.terminalCode}`);
    await heartbeat(platform, a, { catalog: { installedVersion: 2 } });
    await heartbeat(platform, b, { catalog: { installedVersion: 1 } });
    await heartbeat(platform, c, { catalog: { installedVersion: 1, refused: { version: 2, reason: 'untrusted_key', detail: 'untrusted_key: signed only by keys not in the trust set (1)' } } });
  });
  afterAll(() => platform?.close());

  async function openAs(name: string): Promise<Page> {
    const page = await chromium.newPage(desk);
    await page.goto(`${platform.url}/console/rollouts`);
    await page.getByTestId('login-name').fill(name);
    await page.getByTestId('login-password').fill(consolePassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('account').waitFor();
    return page;
  }

  const auditedBy = async (action: string) =>
    (await platform.db.query<{ actor: string; target: string }>('SELECT actor, target FROM audit_log WHERE action = $1', [action])).rows;

  it("shows an admin each version's adoption, the canaries apart, who refused and why; pauses and continues it, audited", async () => {
    const page = await openAs('wang');
    const newest = page.getByTestId('rollout-row').first();
    await expectText(newest, '试点终端（2 台）');
    await expectText(newest, '推广中');
    await expectText(page.getByTestId('rollout-row').nth(1), '全部终端');
    await expectText(page.getByTestId('rollout-stage'), '试点终端（2 台） · 推广中');
    const canaries = page.getByTestId('adoption-group').filter({ hasText: '试点终端' });
    expect(await canaries.locator('td').allTextContents()).toEqual(['试点终端', '1', '1', '0', '2']);
    await expectText(page.getByTestId('refused-terminal'), c.terminalCode);
    await expectText(page.getByTestId('refused-terminal'), '签名密钥不受信任');
    expect(await page.getByTestId('refused-terminal').count()).toBe(1);
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'console-rollouts');

    await page.getByTestId('rollout-pause').click();
    await expectText(page.getByRole('status').filter({ hasText: '已暂停' }), '版本 2 已暂停推广');
    await expectText(page.getByTestId('rollout-stage'), '已暂停');
    await expectText(newest, '已暂停');
    expect(await auditedBy('catalog.paused')).toEqual([{ actor: 'wang', target: '2' }]);
    await shoot(page, 'console-rollouts-paused');

    await page.getByTestId('rollout-continue').click();
    await expectText(page.getByTestId('rollout-stage'), '推广中');
    expect(await auditedBy('catalog.continued')).toEqual([{ actor: 'wang', target: '2' }]);

    await page.getByTestId('rollout-open').nth(1).click();
    await expectText(page.getByTestId('rollout-stage'), '全部终端 · 推广中');
    const groups = page.getByTestId('adoption-group');
    await expectText(groups.nth(1), '420106');
    expect([await groups.nth(0).locator('td').allTextContents(), await groups.nth(1).locator('td').allTextContents()]).toEqual([
      ['420102', '2', '0', '0', '2'],
      ['420106', '1', '0', '0', '1'],
    ]);
    await page.close();
  });

  it('shows an operator the rollouts without the buttons, and the platform refuses a pause from them', async () => {
    const page = await openAs('zhao');
    await expectText(page.getByTestId('rollout-read-only'), '您的角色只能查看推广情况');
    for (const button of ['rollout-pause', 'rollout-widen', 'rollout-recall']) expect(await page.getByTestId(button).count()).toBe(0);
    const status = await page.evaluate(async () => {
      const me = (await (await fetch('/v1/console/me')).json()) as { csrfToken: string };
      const res = await fetch('/v1/admin/catalog/rollouts/2/pause', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: '{}' });
      return res.status;
    });
    expect(status).toBe(403);
    expect(await auditedBy('catalog.paused')).toHaveLength(1);
    await page.getByTestId('language').click();
    await expectText(page.getByTestId('rollout-stage'), 'Canary terminals (2) · Rolling out');
    await shoot(page, 'console-rollouts-operator-en');
    await page.close();
  });

  it("counts only the terminals of an auditor's own district", async () => {
    const page = await openAs('li');
    const counts = async (row: number) => (await page.getByTestId('rollout-row').nth(row).locator('td.number').allTextContents()).join(' ');
    await expectText(page.getByTestId('rollout-row').nth(1), '全部终端');
    expect(await counts(0)).toBe('0 0 0');
    expect(await counts(1)).toBe('1 0 0');
    await page.close();
  });

  /** What the terminal is told after saying it runs `installed`: the version meant for it, and commands. */
  const replyTo = async (t: TestTerminal, installedVersion: number): Promise<HeartbeatReply> => {
    const beat = { sentAt: new Date().toISOString(), versions: { app: '0.1.0' }, health: {}, outbox: { depth: 0, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0 }, catalog: { installedVersion } };
    return heartbeatReplySchema.parse(await (await signedFetch(platform, t, '/v1/heartbeats', { body: JSON.stringify(beat) })).json());
  };

  it('lets an admin widen a canary version to its county, then to all, and roll it back: each confirmed, reaching the terminals, audited', async () => {
    const d = await enrollAt(platform, '江岸区政务服务中心', '二楼 1 号机', '420102');
    expect((await replyTo(d, 1)).catalogVersion).toBe(1);
    const page = await openAs('wang');
    await page.getByTestId('rollout-widen').click();
    const widen = page.getByTestId('widen-dialog');
    expect(await widen.getByRole('radio').count()).toBe(2);
    expect(await widen.getByTestId('widen-to-420102000000').isChecked()).toBe(true);
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'console-rollouts-widen');
    await page.getByTestId('widen-confirm').click();
    await expectText(page.getByRole('status').filter({ hasText: '扩大推广' }), '版本 2 已扩大推广');
    await expectText(page.getByTestId('rollout-stage'), '区域 420102（含试点） · 推广中');
    expect((await replyTo(d, 1)).catalogVersion).toBe(2);
    expect((await replyTo(b, 1)).catalogVersion).toBe(1);
    await replyTo(d, 2);

    await page.getByTestId('rollout-widen').click();
    await page.getByTestId('widen-to-all').check();
    await page.getByTestId('widen-confirm').click();
    await expectText(page.getByTestId('rollout-stage'), '全部终端 · 推广中');
    expect(await page.getByTestId('rollout-widen').count()).toBe(0);
    expect((await replyTo(b, 1)).catalogVersion).toBe(2);
    expect((await auditedBy('catalog.staged')).map((e) => e.actor)).toEqual(['wang', 'wang']);

    await page.getByTestId('rollout-recall').click();
    await expectText(page.getByTestId('recall-dialog'), '正在运行它的终端（本区域 2 台）');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'console-rollouts-recall');
    await page.getByTestId('recall-confirm').click();
    await expectText(page.getByRole('status').filter({ hasText: '回滚' }), '版本 2 已回滚：已向 2 台终端发送回退指令');
    await expectText(page.getByTestId('rollout-stage'), '已回退');
    expect(await page.getByTestId('rollout-recall').count()).toBe(0);
    for (const t of [a, d]) {
      const told = await replyTo(t, 2);
      expect([told.catalogVersion, told.remoteCommands?.map((c) => c.kind)]).toEqual([1, ['catalog.rollback']]);
    }
    expect((await replyTo(b, 1)).catalogVersion).toBe(1);
    expect(await auditedBy('catalog.rolled_back')).toEqual([{ actor: 'wang', target: '2' }]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'console-rollouts-rolled-back');
    await page.close();
  });
});
