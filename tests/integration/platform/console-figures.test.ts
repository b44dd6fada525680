import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enrollmentTokenListReplySchema,
  enrollmentTokenReplySchema,
  figuresReplySchema,
  terminalHistoryReplySchema,
  type Heartbeat,
} from '../../../platform/protocol/index.js';
import { as, auditActions, expectError, makeAccount, signIn, type SignedIn } from './console-client.js';
import { databaseKinds, enrollTerminal, makeCase, newKeyPair, postJson, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const beat: Heartbeat = {
  sentAt: new Date().toISOString(),
  versions: { app: '0.1.0' },
  health: { printer: { ok: true } },
  outbox: { depth: 7, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0 },
};

describe.each(databaseKinds)('the console pages behind the fleet list on %s', (kind) => {
  let platform: TestPlatform;
  let terminal: TestTerminal;
  let admin: SignedIn;
  let operator: SignedIn;
  let outsider: SignedIn;

  const post = (path: string, body: unknown) => signedFetch(platform, terminal, path, { body: JSON.stringify(body) });

  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    terminal = await enrollTerminal(platform);
    await makeAccount(platform, 'wang', 'admin', '420102');
    await makeAccount(platform, 'zhao', 'operator', '420102');
    await makeAccount(platform, 'qian', 'admin', '420103');
    [admin, operator, outsider] = await Promise.all([signIn(platform, 'wang'), signIn(platform, 'zhao'), signIn(platform, 'qian')]);
    // 07:30 in Wuhan is the evening before in UTC: it counts on the Beijing day.
    const early = makeCase(terminal, { acceptedAt: '2026-11-30T07:30:00+08:00' });
    const later = makeCase(terminal, { acceptedAt: '2026-11-30T15:00:00+08:00' });
    const other = makeCase(terminal, { acceptedAt: '2026-12-01T10:00:00+08:00', itemCode: 'WH-RS-002', itemName: '社会保障卡补领' });
    expect((await post('/v1/cases', { cases: [early, later, other] })).status).toBe(200);
    const review = (caseNumber: string, score: number, reasons?: string[]) => ({ id: uuidv7(), caseNumber, at: '2026-11-30T16:00:00+08:00', score, ...(reasons && { reasons }) });
    expect((await post('/v1/reviews', { items: [review(early.caseNumber, 5), review(later.caseNumber, 4), review(other.caseNumber, 1, ['等待时间长'])] })).status).toBe(200);
    const calls = [uuidv7(), uuidv7()];
    expect((await post('/v1/help-calls', { items: calls.map((id) => ({ id, at: '2026-11-30T09:00:00+08:00', reason: 'citizen_request' })) })).status).toBe(200);
    expect((await as(platform, admin, `/v1/admin/help-calls/${calls[0]}/answer`, { body: { by: 'A017' } })).status).toBe(200);
    expect((await post('/v1/heartbeats', beat)).status).toBe(200);
    const event = { id: uuidv7(), at: new Date().toISOString(), device: 'printer', state: 'warning', detail: '纸将尽' };
    expect((await post('/v1/device-events', { items: [event] })).status).toBe(200);
  });
  afterAll(() => platform.close());

  it('counts cases per Beijing day and item, the share of good reviews, the bad ones with reasons, and help calls answered', async () => {
    const res = await as(platform, operator, '/v1/admin/figures?from=2026-11-29&to=2026-12-01');
    expect(res.status).toBe(200);
    const figures = figuresReplySchema.parse(await res.json());
    expect(figures.casesPerDay.map((r) => [r.day, r.itemName, r.count])).toEqual([
      ['2026-11-30', '城乡居民基本养老保险参保登记', 2],
      ['2026-12-01', '社会保障卡补领', 1],
    ]);
    expect(figures.reviews).toEqual({ total: 3, good: 2 });
    expect(figures.badReviews.map((r) => [r.score, r.reasons, r.terminalCode])).toEqual([[1, ['等待时间长'], terminal.terminalCode]]);
    expect([figures.helpCalls.total, figures.helpCalls.answered]).toEqual([2, 1]);
    expect(figures.helpCalls.medianSecondsToAnswer).toBeGreaterThan(0);
    const theirs = figuresReplySchema.parse(await (await as(platform, outsider, '/v1/admin/figures?from=2026-11-29&to=2026-12-01')).json());
    expect([theirs.casesPerDay, theirs.reviews.total, theirs.helpCalls.total]).toEqual([[], 0, 0]);
  });

  it('exports the cases per day as CSV Excel reads as Chinese, and refuses a range backwards', async () => {
    const res = await as(platform, admin, '/v1/admin/figures.csv?from=2026-11-29&to=2026-12-01');
    expect(res.headers.get('content-type')).toContain('text/csv');
    // ignoreBOM keeps the byte order mark in the text, where Excel looks for it.
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()).split('\r\n');
    expect(lines[0]).toBe('\uFEFFday,region_code,item_code,item_name,cases');
    expect(lines[1]).toBe('2026-11-30,420102,11420102MB1234567X4420112001000,城乡居民基本养老保险参保登记,2');
    await expectError(await as(platform, admin, '/v1/admin/figures?from=2026-12-02&to=2026-12-01'), 400, 'bad_range');
  });

  it("shows a terminal's heartbeats, device events and cases per day, and nothing of it to another region", async () => {
    const res = await as(platform, operator, `/v1/admin/terminals/${terminal.terminalId}/history`);
    expect(res.status).toBe(200);
    const history = terminalHistoryReplySchema.parse(await res.json());
    expect(history.terminal.code).toBe(terminal.terminalCode);
    expect(history.heartbeats.map((h) => h.outboxDepth)).toEqual([7]);
    expect(history.deviceEvents.map((e) => [e.device, e.state, e.detail])).toEqual([['printer', 'warning', '纸将尽']]);
    await expectError(await as(platform, outsider, `/v1/admin/terminals/${terminal.terminalId}/history`), 404, 'terminal_not_found');
  });

  it('lists enrollment tokens without the token, and a revoked one enrolls nothing, audited', async () => {
    const where = { hallName: '谌家矶街道便民服务中心', terminalName: '大厅 2 号机', regionCode: '420102' };
    const made = enrollmentTokenReplySchema.parse(await (await as(platform, admin, '/v1/admin/enrollment-tokens', { body: where })).json());
    const list = enrollmentTokenListReplySchema.parse(await (await as(platform, admin, '/v1/admin/enrollment-tokens')).json());
    const listed = list.tokens.find((t) => t.terminalName === '大厅 2 号机');
    expect(listed?.state).toBe('waiting');
    expect(JSON.stringify(list)).not.toContain(made.token);
    const id = listed?.id ?? '';
    await expectError(await as(platform, operator, `/v1/admin/enrollment-tokens/${id}/revoke`, { body: {} }), 403, 'forbidden');
    await expectError(await as(platform, outsider, `/v1/admin/enrollment-tokens/${id}/revoke`, { body: {} }), 404, 'no_such_token');
    expect((await as(platform, admin, `/v1/admin/enrollment-tokens/${id}/revoke`, { body: {} })).status).toBe(204);
    const enroll = await postJson(`${platform.url}/v1/enroll`, { token: made.token, publicKey: newKeyPair().publicKey });
    await expectError(enroll, 401, 'token_revoked');
    const after = enrollmentTokenListReplySchema.parse(await (await as(platform, admin, '/v1/admin/enrollment-tokens')).json());
    expect(after.tokens.find((t) => t.id === id)?.state).toBe('revoked');
    expect((await auditActions(platform)).filter((e) => e.action === 'token.revoked').map((e) => e.target)).toEqual([id]);
  });
});
