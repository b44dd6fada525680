// Reviews (好差评), help calls and device faults: from the kiosk's store to a real platform, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requests } from '../../../electron/api/contract.js';
import { KioskError } from '../../../electron/api/kiosk-error.js';
import { submitReview } from '../../../electron/core/feedback/feedback.js';
import { watchDevices, type DeviceHealth } from '../../../electron/core/devices/device-watch.js';
import { startTestPlatform, type TestPlatform } from '../platform/harness.js';
import { enrolledStore } from './enrolled-store.js';
import { citizen, deliverAll, openKiosk, type InProcessKiosk } from './kiosk-in-process.js';
import { makeCaseNumber } from '../../../standards/case-number.js';
import { uploadWaitMs } from '../../../electron/core/sync/sync-worker.js';
import { filesHolding } from './store-files.js';
import { Vault } from '../../../electron/core/store/vault.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

async function platformEvents(terminalId: string): Promise<{ kind: string; case_number: string | null; body: Record<string, unknown> }[]> {
  const { rows } = await platform.db.query<{ kind: string; case_number: string | null; body: Record<string, unknown> }>(
    'SELECT kind, case_number, body FROM terminal_events WHERE terminal_id = $1 ORDER BY kind, occurred_at, id',
    [terminalId],
  );
  return rows;
}

function review(kiosk: InProcessKiosk, caseNumber: string, level: string, reasons: string[] = [], comment?: string) {
  const parsed = requests['review.submit'].request.parse({ caseNumber, level, reasons, ...(comment ? { comment } : {}) });
  return submitReview({ cases: kiosk.cases, events: kiosk.events, uploads: { flush: () => kiosk.worker.flush(uploadWaitMs) } }, parsed);
}

describe('reviews, help calls and device faults', () => {
  it('reach the platform once, and a batch resent after a lost reply is not stored twice', async () => {
    const store = await enrolledStore(platform);
    const kiosk = openKiosk(store, 10);
    const accepted = kiosk.cases.accept(citizen, kiosk.terminalCode);
    await review(kiosk, accepted.caseNumber, '不满意', ['等待时间长', '操作复杂'], '排队太久');
    kiosk.events.helpCall('citizen_request');
    kiosk.events.deviceEvent({ device: 'printer', state: 'fault', detail: 'paper out' });
    await deliverAll(kiosk, 3);
    const first = await platformEvents(store.terminalId);
    expect(first.map((e) => e.kind)).toEqual(['device_event', 'help_call', 'review']);
    expect(first[2]).toMatchObject({ case_number: accepted.caseNumber, body: { score: 2, reasons: ['等待时间长', '操作复杂'], comment: '排队太久' } });
    // The platform stored everything but its reply was lost: the kiosk sends the same ids again.
    kiosk.db.prepare('UPDATE outbox SET delivered_at = NULL WHERE event_id IS NOT NULL').run();
    expect(kiosk.outbox.depth()).toBe(3);
    await deliverAll(kiosk, 3);
    expect(await platformEvents(store.terminalId)).toHaveLength(3);
    expect(kiosk.outbox.deadLetters()).toEqual([]);
    kiosk.db.close();
  });

  it('are kept sealed on the terminal: no comment, help reason or device detail in the store\'s files', async () => {
    const store = await enrolledStore(platform);
    const kiosk = openKiosk(store, 10);
    const accepted = kiosk.cases.accept(citizen, kiosk.terminalCode);
    const comment = '窗口的张秀兰态度很差';
    await review(kiosk, accepted.caseNumber, '非常不满意', ['其他'], comment);
    kiosk.events.helpCall('idle_timeout');
    kiosk.events.deviceEvent({ device: 'printer', state: 'fault', detail: 'cutter jammed near 张秀兰' });
    for (const words of [comment, 'idle_timeout', 'cutter jammed']) expect(filesHolding(store.storePath, words), words).toEqual([]);
    kiosk.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const words of [comment, 'idle_timeout', 'cutter jammed']) expect(filesHolding(store.storePath, words), words).toEqual([]);
    // Sealed, not lost: each opens to what was recorded and goes up as it was.
    await deliverAll(kiosk, 3);
    expect((await platformEvents(store.terminalId)).map((e) => e.body)).toMatchObject([
      { detail: 'cutter jammed near 张秀兰' },
      { reason: 'idle_timeout' },
      { comment },
    ]);
    kiosk.db.close();
  });

  it('refuses a second review of the same case with a clear Chinese message, and keeps the first', async () => {
    const store = await enrolledStore(platform);
    const kiosk = openKiosk(store, 10);
    const accepted = kiosk.cases.accept(citizen, kiosk.terminalCode);
    await expect(review(kiosk, accepted.caseNumber, '非常满意')).resolves.toMatchObject({ reviewed: true });
    const again = await review(kiosk, accepted.caseNumber, '非常不满意', ['其他']).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(KioskError);
    expect(again).toMatchObject({ code: 'ALREADY_REVIEWED', message: '该办件已经评价过了，每个办件只能评价一次' });
    await deliverAll(kiosk, 3);
    const held = await platformEvents(store.terminalId);
    expect(held).toHaveLength(1);
    expect(held[0]?.body).toMatchObject({ score: 5 });
    kiosk.db.close();
  });

  it('waits offline and goes up when the line returns', async () => {
    const store = await enrolledStore(platform);
    const enrolled = openKiosk(store, 10);
    enrolled.db.prepare("UPDATE terminal SET platform_url = 'http://127.0.0.1:9'").run();
    enrolled.db.close();
    const offline = openKiosk(store, 10);
    offline.events.helpCall('device_fault');
    await offline.worker.runOnce();
    expect(offline.worker.status().waitingUploads).toBe(1);
    offline.db.prepare('UPDATE terminal SET platform_url = ?').run(platform.url);
    offline.db.close();
    const online = openKiosk(store, 10);
    await deliverAll(online, 3);
    expect((await platformEvents(store.terminalId)).map((e) => e.body)).toMatchObject([{ reason: 'device_fault' }]);
    online.db.close();
  });
});

describe('远程帮办: a number left to call back', () => {
  const callbacksOf = async (terminalId: string) =>
    (await platform.db.query<{ phone: string }>('SELECT phone FROM callback_requests WHERE terminal_id = $1', [terminalId])).rows;

  it('is sealed on the terminal while the platform is away, and reaches it once when it is back, however often the kiosk restarts', async () => {
    const store = await enrolledStore(platform);
    const enrolled = openKiosk(store, 10);
    enrolled.db.prepare("UPDATE terminal SET platform_url = 'http://127.0.0.1:9'").run();
    enrolled.db.close();
    const offline = openKiosk(store, 10);
    const id = offline.events.callbackRequest({ phone: '13800138000' });
    await offline.worker.runOnce();
    expect(offline.worker.status().waitingUploads).toBe(1);
    offline.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(filesHolding(store.storePath, '13800138000')).toEqual([]);
    offline.db.prepare('UPDATE terminal SET platform_url = ?').run(platform.url);
    offline.db.close();
    const online = openKiosk(store, 10);
    await deliverAll(online, 3);
    // The platform's reply was lost: the same request goes again, and is held once.
    online.db.prepare('UPDATE outbox SET delivered_at = NULL WHERE event_id = ?').run(id);
    online.db.close();
    const restarted = openKiosk(store, 10);
    await deliverAll(restarted, 3);
    expect(await callbacksOf(store.terminalId)).toEqual([{ phone: '13800138000' }]);
    expect(restarted.outbox.depth()).toBe(0);
    restarted.db.close();
  });
});

describe('an event the platform can no longer take', () => {
  it('is set aside as a dead letter, and the events behind it still go up', async () => {
    const store = await enrolledStore(platform);
    const kiosk = openKiosk(store, 10);
    // As an older version stored it: a comment with a control character, sealed, with its outbox row.
    const id = '01900000-0000-7000-8000-000000000001';
    const accepted = kiosk.cases.accept(citizen, kiosk.terminalCode);
    const body = { id, caseNumber: accepted.caseNumber, at: new Date().toISOString(), score: 1, reasons: ['其他'], comment: 'bad\u0001' };
    const sealed = new Vault(store.key).seal(JSON.stringify(body), `events.body:${id}`);
    kiosk.db.prepare("INSERT INTO events (id, kind, case_id, occurred_at, body) VALUES (?, 'review', ?, ?, ?)").run(id, accepted.id, body.at, sealed);
    kiosk.db.prepare('INSERT INTO outbox (id, event_id, created_at, next_attempt_at) VALUES (?, ?, ?, ?)').run('01900000-0000-7000-8000-000000000002', id, body.at, body.at);
    kiosk.events.helpCall('citizen_request');
    await deliverAll(kiosk, 3);
    expect((await platformEvents(store.terminalId)).map((e) => e.kind)).toEqual(['help_call']);
    expect(kiosk.outbox.deadLetters()).toEqual([expect.objectContaining({ reason: expect.stringMatching(/comment/) })]);
    kiosk.db.close();
  });
});

describe('the review request', () => {
  const parse = (body: object) => requests['review.submit'].request.safeParse(body);
  const caseNumber = makeCaseNumber('420102', '20261123', 1) ?? '';
  it('asks a bad review for a reason and refuses reasons on a good one', () => {
    expect(parse({ caseNumber, level: '不满意' }).success).toBe(false);
    expect(parse({ caseNumber, level: '满意', reasons: ['其他'] }).success).toBe(false);
    expect(parse({ caseNumber, level: '非常不满意', reasons: ['设备故障'] }).success).toBe(true);
    expect(parse({ caseNumber, level: '基本满意' }).success).toBe(true);
    expect(parse({ caseNumber, level: '还行' }).success).toBe(false);
  });

  it('refuses a comment holding control characters or half an emoji, and takes lines and whole emoji', () => {
    for (const comment of ['排队\u0000太久', '排队\r太久', '排队\u001b太久', '好\uD83D']) {
      expect(parse({ caseNumber, level: '满意', comment }).error?.issues[0]?.message, JSON.stringify(comment)).toMatch(/无法识别的字符/);
    }
    expect(parse({ caseNumber, level: '满意', comment: '很好\n谢谢 👍' }).success).toBe(true);
  });
});

describe('device faults', () => {
  it('go up once when a device fails and once when it recovers, not once per sample', async () => {
    const store = await enrolledStore(platform);
    const kiosk = openKiosk(store, 10);
    let printer: DeviceHealth = { ok: true };
    const sample = watchDevices(kiosk.events, () => ({ printer, idcard: { ok: true } }));
    sample();
    printer = { ok: false, detail: 'paper out' };
    sample();
    sample();
    printer = { ok: true };
    sample();
    await deliverAll(kiosk, 3);
    expect((await platformEvents(store.terminalId)).map((e) => e.body)).toMatchObject([
      { device: 'printer', state: 'fault', detail: 'paper out' },
      { device: 'printer', state: 'ok' },
    ]);
    kiosk.db.close();
  });
});
