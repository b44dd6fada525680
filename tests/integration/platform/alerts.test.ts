import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOffline } from '../../../platform/alerts/sweep.js';
import { defaultAlertRules } from '../../../platform/alerts/rules.js';
import { alertListReplySchema, alertRulesReplySchema, alertSchema, type Alert, type Heartbeat } from '../../../platform/protocol/index.js';
import { openAlertStream } from './alert-stream.js';
import { as, auditActions, expectError, makeAccount, signIn, type SignedIn } from './console-client.js';
import { databaseKinds, enrollTerminal, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const beat = (overrides: Partial<Heartbeat> = {}): Heartbeat => ({
  sentAt: new Date().toISOString(),
  versions: { app: '0.1.0' },
  health: { idcard: { ok: true }, printer: { ok: true } },
  outbox: { depth: 0, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0 },
  ...overrides,
});
const paperOut = { idcard: { ok: true }, printer: { ok: false, detail: '缺纸 paper end' } };

describe.each(databaseKinds)('alerts on %s', (kind) => {
  let platform: TestPlatform;
  let terminal: TestTerminal;
  let admin: SignedIn;
  let auditor: SignedIn;
  let outsider: SignedIn;

  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    terminal = await enrollTerminal(platform);
    await makeAccount(platform, 'wang', 'admin', '420102');
    await makeAccount(platform, 'li', 'auditor', '420102');
    await makeAccount(platform, 'qian', 'admin', '420103');
    [admin, auditor, outsider] = await Promise.all([signIn(platform, 'wang'), signIn(platform, 'li'), signIn(platform, 'qian')]);
  });
  afterAll(() => platform.close());

  const heartbeat = async (overrides: Partial<Heartbeat> = {}) => {
    const res = await signedFetch(platform, terminal, '/v1/heartbeats', { body: JSON.stringify(beat(overrides)) });
    expect(res.status).toBe(200);
  };
  const openAlerts = async (who: SignedIn = admin): Promise<Alert[]> => {
    const res = await as(platform, who, '/v1/admin/alerts');
    expect(res.status).toBe(200);
    return alertListReplySchema.parse(await res.json()).alerts.filter((a) => a.clearedAt === null);
  };

  it('raises one alert for paper out however many heartbeats show it, and clears it when paper is back', async () => {
    await heartbeat({ health: paperOut });
    await heartbeat({ health: paperOut });
    const open = await openAlerts();
    expect(open.map((a) => [a.kind, a.subject, a.terminalCode])).toEqual([['paper_out', 'printer', terminal.terminalCode]]);
    await heartbeat();
    expect(await openAlerts()).toEqual([]);
  });

  it('pushes an alert raised by a heartbeat to an open console of the region, and not to another region', async () => {
    const mine = await openAlertStream(platform, admin);
    const theirs = await openAlertStream(platform, outsider);
    expect(mine.status).toBe(200);
    await heartbeat({ health: { printer: { ok: true, detail: '纸将尽，请准备更换纸卷 / paper near end' } } });
    const pushed = await mine.next();
    expect([pushed.kind, pushed.terminalCode, pushed.acknowledged]).toEqual(['paper_low', terminal.terminalCode, null]);
    // Another region's console hears of its own terminal's alert first: it never heard of this one.
    const neighbour = await enrollTerminal(platform, { hallName: '江汉区政务服务中心', terminalName: '江汉 1 号机', regionCode: '420103' });
    await signedFetch(platform, neighbour, '/v1/heartbeats', { body: JSON.stringify(beat({ sentAt: new Date(Date.now() - 3_600_000).toISOString() })) });
    expect((await theirs.next()).terminalCode).toBe(neighbour.terminalCode);
    mine.close();
    theirs.close();
  });

  it('opens the stream only with a session cookie', async () => {
    const none = await openAlertStream(platform, null);
    expect(none.status).toBe(401);
    none.close();
  });

  it('ends the stream of a console whose session ended, at the next alert', async () => {
    const later = await signIn(platform, 'wang');
    const stream = await openAlertStream(platform, later);
    expect((await as(platform, later, '/v1/console/logout', { body: {} })).status).toBe(204);
    await heartbeat({ health: { printer: { ok: false, detail: '纸仓盖打开 cover open' } } });
    await expect(stream.next()).rejects.toThrow('the alert stream ended');
    await heartbeat({ health: { printer: { ok: true, detail: '纸将尽 paper near end' } } });
  });

  it('acknowledges an alert once, in the audit log, pushed to open consoles; refuses an auditor and another region', async () => {
    const [alert] = await openAlerts();
    expect(alert?.kind).toBe('paper_low');
    const id = String(alert?.id);
    await expectError(await as(platform, auditor, `/v1/admin/alerts/${id}/acknowledge`, { body: {} }), 403, 'forbidden');
    await expectError(await as(platform, outsider, `/v1/admin/alerts/${id}/acknowledge`, { body: {} }), 404, 'no_such_alert');
    const stream = await openAlertStream(platform, auditor);
    const res = await as(platform, admin, `/v1/admin/alerts/${id}/acknowledge`, { body: {} });
    expect(res.status).toBe(200);
    expect(alertSchema.parse(await res.json()).acknowledged?.by).toBe('wang');
    expect((await stream.next()).acknowledged?.by).toBe('wang');
    stream.close();
    expect((await auditActions(platform)).filter((e) => e.action === 'alert.acknowledged')).toEqual([{ actor: 'wang', action: 'alert.acknowledged', target: id }]);
  });

  it('raises outbox stuck, catalog refused and clock skew from what a heartbeat says', async () => {
    await heartbeat({
      sentAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      outbox: { depth: 5, oldestWaitingAt: new Date(Date.now() - 3 * 3_600_000).toISOString(), lastSuccessAt: null, deadLetters: 0 },
      catalog: { installedVersion: 3, refused: { version: 4, reason: 'expired', detail: 'expired 2026-11-01' } },
    });
    expect((await openAlerts()).map((a) => a.kind).sort()).toEqual(['catalog_refused', 'clock_skew', 'outbox_stuck']);
    await heartbeat();
    expect(await openAlerts()).toEqual([]);
  });

  it('raises a device fault from a device event and clears it when the device is ok again', async () => {
    const event = (state: 'fault' | 'ok') => ({ id: uuidv7(), at: new Date().toISOString(), device: 'idcard', state, ...(state === 'fault' && { detail: '读卡器无响应' }) });
    await signedFetch(platform, terminal, '/v1/device-events', { body: JSON.stringify({ items: [event('fault')] }) });
    expect((await openAlerts()).map((a) => [a.kind, a.subject, a.detail])).toEqual([['device_fault', 'idcard', '读卡器无响应']]);
    await signedFetch(platform, terminal, '/v1/device-events', { body: JSON.stringify({ items: [event('ok')] }) });
    expect(await openAlerts()).toEqual([]);
  });

  it('finds a terminal silent past the offline rule on the sweep, and its next heartbeat clears it', async () => {
    await platform.db.query("UPDATE terminal_status SET received_at = now() - interval '10 minutes' WHERE terminal_id = $1", [terminal.terminalId]);
    await sweepOffline(platform.db);
    await sweepOffline(platform.db);
    expect((await openAlerts()).map((a) => a.kind)).toEqual(['offline']);
    await heartbeat();
    expect(await openAlerts()).toEqual([]);
  });

  it('lets an admin set the rules of their region, audited, and the sweep follows them', async () => {
    const rules = { ...defaultAlertRules, offline: { on: true, minutes: 30 } };
    await expectError(await as(platform, auditor, '/v1/admin/alert-rules', { method: 'PUT', body: { regionCode: '420102', rules } }), 403, 'forbidden');
    await expectError(await as(platform, outsider, '/v1/admin/alert-rules', { method: 'PUT', body: { regionCode: '420102', rules } }), 403, 'forbidden');
    const res = await as(platform, admin, '/v1/admin/alert-rules', { method: 'PUT', body: { regionCode: '420102', rules } });
    expect(res.status).toBe(200);
    const read = alertRulesReplySchema.parse(await (await as(platform, auditor, '/v1/admin/alert-rules')).json());
    expect([read.from, read.rules.offline.minutes]).toEqual(['420102', 30]);
    expect((await auditActions(platform)).some((e) => e.action === 'alert_rules.changed' && e.target === '420102')).toBe(true);
    await platform.db.query("UPDATE terminal_status SET received_at = now() - interval '10 minutes' WHERE terminal_id = $1", [terminal.terminalId]);
    await sweepOffline(platform.db);
    expect(await openAlerts()).toEqual([]);
  });
});
