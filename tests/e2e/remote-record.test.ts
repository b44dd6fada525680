// 远程帮办 on the record. A clerk's identity check goes with the case the citizen then submits,
// and with no case of the next citizen's. When no clerk can be reached, because nobody answers in
// time (Playwright's clock jumps the 90 seconds) or the platform is away, the kiosk says so with
// 12345 and takes a number; the number reaches the platform once (offline: when it is back), and
// a clerk of the region sees it masked, takes it, sees it whole and marks it 已回电.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { XIANG_JIANGUO } from '../../drivers/sim/cards.js';
import { addAccount } from '../../platform/accounts/store.js';
import { consolePassword } from '../support/console-fleet.js';
import { choiceItem, identifyWithCard } from '../support/citizen-steps.js';
import { expectText, shoot, shootLayouts, useBrowser, useKiosk } from './harness.js';
import { addClerks, launchWithMedia, letNobodyAnswer, openConsoleAs, openRemoteKiosk } from './remote-steps.js';

/** The files below `dir` (the kiosk's store, key and logs) that hold `text` in plain UTF-8. */
function filesHolding(dir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => {
    const path = join(dir, file);
    return statSync(path).isFile() && readFileSync(path).includes(needle);
  });
}

describe('远程帮办 on the record: the identity check with the case, a number to call back', () => {
  const kiosk = useKiosk('remote-record', launchWithMedia);
  const clerkBrowser = useBrowser(launchWithMedia);
  beforeAll(() => addClerks(kiosk.demo.platform.db));

  const callbacks = async () => (await kiosk.demo.platform.db.query<{ phone: string; call: string | null }>('SELECT phone, call_id AS call FROM callback_requests ORDER BY asked_at')).rows;

  async function leaveNumber(citizen: Page, phone: string): Promise<void> {
    await citizen.getByTestId('remote-phone').fill(phone);
    await citizen.getByTestId('remote-phone-send').click();
    await citizen.getByTestId('remote-phone-left').waitFor();
  }

  /** The clerk finds the number masked, takes it, reads it whole and marks it called back. */
  async function callBack(masked: string, whole: string, note: string): Promise<void> {
    const clerk = await openConsoleAs(clerkBrowser, `${kiosk.demo.platform.url}/console/`, 'clerk.wuhan');
    const row = clerk.getByTestId('callback-row').filter({ hasText: masked });
    await expectText(row, note);
    await shoot(clerk, `console-callback-${note.includes('离线') ? 'offline' : 'unanswered'}`);
    await row.getByTestId('callback-take').click();
    await expectText(clerk.getByTestId('callback-phone'), whole);
    await clerk.getByTestId('callback-row').filter({ hasText: whole }).getByTestId('callback-done').click();
    await clerk.getByTestId('callback-row').filter({ hasText: whole }).waitFor({ state: 'detached' });
    await clerk.close();
  }

  /** From the form of 社会保障卡补领: its one choice, 核对信息, the photo owed under 容缺; the case number. */
  async function submitCase(citizen: Page): Promise<string> {
    await citizen.getByTestId('option-delivery.method-post').click();
    await citizen.getByTestId('form-next').click();
    await citizen.getByTestId('submit').click();
    await citizen.getByTestId('material-material.photo-owe').click();
    await citizen.getByTestId('materials-submit').click();
    await citizen.getByTestId('case-number').waitFor({ timeout: 20_000 });
    return (await citizen.getByTestId('case-number').innerText()).replace(/\s/g, '');
  }

  const linkOf = async (caseNumber: string) =>
    (await kiosk.demo.platform.db.query<{ call: string | null }>('SELECT remote_call_id AS call FROM cases WHERE case_number = $1', [caseNumber])).rows;

  it("records the clerk's identity check with the case the citizen submits after the call, and with none of the next citizen's", async () => {
    const citizen = await openRemoteKiosk(kiosk);
    await identifyWithCard(citizen, kiosk.demo);
    await citizen.getByTestId('identity-continue').click();
    await citizen.getByTestId(`item-${choiceItem}`).click();
    await citizen.getByTestId('remote-ask').click();
    const clerk = await openConsoleAs(clerkBrowser, `${kiosk.demo.platform.url}/console/`, 'clerk.wuhan');
    await clerk.getByTestId('remote-accept').click();
    await clerk.getByTestId('clerk-check-identity').click();
    await expectText(citizen.getByTestId('remote-identity-checked'), '已远程核验您的身份');
    await clerk.getByTestId('clerk-hang-up').click();
    await citizen.getByTestId('remote-close').click();
    await clerk.close();
    const { rows: calls } = await kiosk.demo.platform.db.query<{ id: string }>("SELECT id FROM remote_calls WHERE identity_checked_by = 'clerk.wuhan'");
    const checked = await submitCase(citizen);
    await expect.poll(() => linkOf(checked), { timeout: 30_000, interval: 200 }).toEqual([{ call: calls[0]?.id }]);
    await citizen.getByTestId('query-case').click();
    await citizen.getByTestId('query-submit').click();
    await expectText(citizen.getByTestId('query-timeline'), '远程核验：clerk.wuhan');
    await shootLayouts(citizen, 'kiosk-query-remote-checked');
    await addAccount(kiosk.demo.platform.db, { name: 'auditor.wuhan', role: 'auditor', regionCode: '420100', password: consolePassword }, { name: 'e2e', sourceIp: null });
    const auditor = await openConsoleAs(clerkBrowser, `${kiosk.demo.platform.url}/console/audit`, 'auditor.wuhan');
    await expectText(auditor.getByTestId('audit-row').filter({ hasText: checked }).getByTestId('audit-remote-check'), '远程核验：clerk.wuhan');
    await shoot(auditor, 'console-audit-remote-check');
    await auditor.close();

    await citizen.getByTestId('go-home').click();
    await identifyWithCard(citizen, kiosk.demo, { card: XIANG_JIANGUO });
    await citizen.getByTestId('identity-continue').click();
    await citizen.getByTestId(`item-${choiceItem}`).click();
    const next = await submitCase(citizen);
    await expect.poll(() => linkOf(next), { timeout: 30_000, interval: 200 }).toEqual([{ call: null }]);
    await citizen.close();
  });

  it('says nobody answered, with 12345, when 90 seconds pass; the number left goes up at once and a clerk calls back', async () => {
    const citizen = await openRemoteKiosk(kiosk, (page) => page.clock.install());
    await citizen.getByTestId('home-help').click();
    await citizen.getByTestId('remote-ask').click();
    await expectText(citizen.getByTestId('remote-dock'), '正在等待帮办员接听');
    await letNobodyAnswer(citizen);
    await expectText(citizen.getByTestId('remote-unanswered'), '现在没有空闲的帮办员');
    await expectText(citizen.getByTestId('hotline'), '12345');
    await shootLayouts(citizen, 'kiosk-remote-unanswered');
    await leaveNumber(citizen, '13800138000');
    await expectText(citizen.getByTestId('remote-phone-left'), '帮办员会尽快回电');
    const { rows } = await kiosk.demo.platform.db.query<{ id: string }>("SELECT id FROM remote_calls WHERE ended_by = 'unanswered'");
    expect(await callbacks()).toEqual([{ phone: '13800138000', call: rows[0]?.id }]);
    await citizen.close();
    await callBack('138****8000', '13800138000', '呼叫无人接听');
  });

  it('offline says so plainly with 12345 and keeps the number, which reaches the clerks once the platform is back', async () => {
    const citizen = await openRemoteKiosk(kiosk);
    await citizen.getByTestId('home-elderly').click();
    await citizen.getByTestId('home-help').click();
    await kiosk.demo.platform.stop();
    await citizen.getByTestId('remote-ask').click();
    await expectText(citizen.getByTestId('remote-error'), '网络不通');
    await expectText(citizen.getByTestId('hotline'), '12345');
    await shootLayouts(citizen, 'kiosk-remote-offline-elderly');
    await leaveNumber(citizen, '13912345678');
    await expectText(citizen.getByTestId('remote-phone-left'), '网络恢复后');
    // Kept sealed in the store, and never written to the core's logs.
    expect(filesHolding(kiosk.demo.coreConfig.dataDir, '13912345678')).toEqual([]);
    await shootLayouts(citizen, 'kiosk-remote-offline-kept-elderly');
    await kiosk.demo.platform.start();
    const left = async () => (await callbacks()).filter((c) => c.phone === '13912345678');
    await expect.poll(async () => (await left()).length, { timeout: 30_000, interval: 200 }).toBe(1);
    expect(await left()).toEqual([{ phone: '13912345678', call: null }]);
    await citizen.close();
    await callBack('139****5678', '13912345678', '终端离线时留下');
  });
});
