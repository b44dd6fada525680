import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventBatchReplySchema,
  heartbeatReplySchema,
  platformErrorSchema,
  helpCallListReplySchema,
  terminalListReplySchema,
  type Heartbeat,
} from '../../../platform/protocol/index.js';
import { pruneSeenSignatures } from '../../../platform/http/replay-guard.js';
import {
  adminToken,
  databaseKinds,
  enrollTerminal,
  makeCase,
  signedFetch,
  startTestPlatform,
  type TestPlatform,
  type TestTerminal,
} from './harness.js';

const beat = (): Heartbeat => ({
  sentAt: new Date().toISOString(),
  versions: { app: '0.1.0', catalog: '2026.11.1' },
  health: { idcard: { ok: true }, printer: { ok: false, detail: '缺纸 / paper out' } },
  outbox: { depth: 3, oldestWaitingAt: '2026-11-23T01:00:00.000Z', lastSuccessAt: null, deadLetters: 1 },
});

/** What the console shows of a terminal's last heartbeat: versions and each device's health. */
const beatShown = { versions: beat().versions, health: beat().health };

async function expectError(res: Response, status: number, error: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(platformErrorSchema.parse(await res.json()).error).toBe(error);
}

const admin = (platform: TestPlatform, path: string, method = 'GET') =>
  fetch(`${platform.url}${path}`, { method, headers: { authorization: `Bearer ${adminToken}` } });

describe.each(databaseKinds)('the fleet on %s', (kind) => {
  let platform: TestPlatform;
  let terminal: TestTerminal;
  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    terminal = await enrollTerminal(platform);
  });
  afterAll(() => platform.close());

  const post = (as: TestTerminal, path: string, body: unknown) => signedFetch(platform, as, path, { body: JSON.stringify(body) });

  it('keeps the latest heartbeat and answers with its own time and config; the console lists it', async () => {
    const res = await post(terminal, '/v1/heartbeats', beat());
    expect(res.status).toBe(200);
    const reply = heartbeatReplySchema.parse(await res.json());
    expect(Math.abs(Date.parse(reply.platformTime) - Date.now())).toBeLessThan(60_000);
    expect(reply.config.heartbeatIntervalSeconds).toBeGreaterThan(0);
    const list = terminalListReplySchema.parse(await (await admin(platform, '/v1/admin/terminals')).json());
    expect(list.terminals.find((t) => t.id === terminal.terminalId)).toMatchObject({ outboxDepth: 3, revokedAt: null, ...beatShown });
    // The console tells online from late by these, not by the office PC's clock.
    expect(list.heartbeatIntervalSeconds).toBe(reply.config.heartbeatIntervalSeconds);
    expect(Math.abs(Date.parse(list.platformTime) - Date.parse(reply.platformTime))).toBeLessThan(60_000);
    await expectError(await fetch(`${platform.url}/v1/admin/terminals`), 401, 'not_admin');
  });

  it('stores reviews, help calls and device events once, however often a batch is resent', async () => {
    const caseNumber = makeCase(terminal).caseNumber;
    const batches: [string, unknown[]][] = [
      ['/v1/reviews', [{ id: uuidv7(), caseNumber, at: new Date().toISOString(), score: 5 }]],
      ['/v1/help-calls', [{ id: uuidv7(), at: new Date().toISOString(), reason: 'citizen_request' }]],
      ['/v1/device-events', [{ id: uuidv7(), at: new Date().toISOString(), device: 'printer', state: 'fault', detail: 'paper out' }]],
    ];
    for (const [path, items] of batches) {
      const first = eventBatchReplySchema.parse(await (await post(terminal, path, { items })).json());
      const again = eventBatchReplySchema.parse(await (await post(terminal, path, { items })).json());
      expect(again.stored).toEqual(first.stored);
      expect(first.stored).toHaveLength(1);
    }
    const { rows } = await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM terminal_events WHERE terminal_id = $1', [terminal.terminalId]);
    expect(rows[0]?.n).toBe(3);
    const secondReview = [{ id: uuidv7(), caseNumber, at: new Date().toISOString(), score: 1 }];
    await expectError(await post(terminal, '/v1/reviews', { items: secondReview }), 409, 'already_reviewed');
  });

  it('lists help calls for the hall staff once each, with the terminal that called, to admins only', async () => {
    const call = { id: uuidv7(), at: new Date().toISOString(), reason: 'citizen_request' };
    await post(terminal, '/v1/help-calls', { items: [call] });
    await post(terminal, '/v1/help-calls', { items: [call] });
    const { calls } = helpCallListReplySchema.parse(await (await admin(platform, '/v1/admin/help-calls')).json());
    expect(calls.filter((c) => c.id === call.id)).toEqual([expect.objectContaining({ reason: 'citizen_request', terminalCode: terminal.terminalCode })]);
    await expectError(await fetch(`${platform.url}/v1/admin/help-calls`), 401, 'not_admin');
    await expectError(await admin(platform, '/v1/admin/help-calls?hours=0'), 400, 'bad_query');
  });

  it('lets hall staff answer a call: it leaves the open list, and a second answer keeps who went first', async () => {
    const call = { id: uuidv7(), at: new Date().toISOString(), reason: 'device_fault' };
    await post(terminal, '/v1/help-calls', { items: [call] });
    const openCalls = async () => helpCallListReplySchema.parse(await (await admin(platform, '/v1/admin/help-calls?open=true')).json()).calls;
    expect((await openCalls()).find((c) => c.id === call.id)).toMatchObject({ answered: null });
    const answer = (by: string, id = call.id) =>
      fetch(`${platform.url}/v1/admin/help-calls/${id}/answer`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ by }) });
    const first = (await (await answer('王芳 A017')).json()) as { answered: { at: string; by: string } };
    expect(first.answered.by).toBe('王芳 A017');
    expect(((await (await answer('李明')).json()) as typeof first).answered).toEqual(first.answered);
    expect((await openCalls()).some((c) => c.id === call.id)).toBe(false);
    const { calls } = helpCallListReplySchema.parse(await (await admin(platform, '/v1/admin/help-calls')).json());
    expect(calls.find((c) => c.id === call.id)?.answered).toEqual(first.answered);
    await expectError(await answer('王芳', uuidv7()), 404, 'no_such_call');
    await expectError(await answer('   '), 400, 'bad_request');
    await expectError(await fetch(`${platform.url}/v1/admin/help-calls/${call.id}/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"by":"x"}' }), 401, 'not_admin');
  });

  it('takes a citizen withdrawing a call, even before the call itself: staff no longer see it open, cannot answer it, and the terminal hears nobody is coming', async () => {
    const answer = (id: string, by: string) =>
      fetch(`${platform.url}/v1/admin/help-calls/${id}/answer`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ by }) });
    const listed = async (query = '') => helpCallListReplySchema.parse(await (await admin(platform, `/v1/admin/help-calls${query}`)).json()).calls;
    const call = { id: uuidv7(), at: new Date().toISOString(), reason: 'citizen_request' };
    const cancel = { id: uuidv7(), at: new Date().toISOString(), cancels: call.id };
    // The call waits out a retry on the terminal; its withdrawal arrives first, then both again.
    expect(eventBatchReplySchema.parse(await (await post(terminal, '/v1/help-calls', { items: [cancel] })).json()).stored).toEqual([cancel.id]);
    expect(eventBatchReplySchema.parse(await (await post(terminal, '/v1/help-calls', { items: [call, cancel] })).json()).stored).toEqual([call.id, cancel.id]);
    // A second withdrawal of the same call (a double tap) is held, not retried for ever.
    const again = { ...cancel, id: uuidv7() };
    expect(eventBatchReplySchema.parse(await (await post(terminal, '/v1/help-calls', { items: [again] })).json()).stored).toEqual([again.id]);
    expect((await listed()).find((c) => c.id === call.id)?.cancelledAt).toBe(new Date(cancel.at).toISOString());
    expect((await listed('?open=true')).some((c) => c.id === call.id)).toBe(false);
    await expectError(await answer(call.id, '王芳 A017'), 409, 'call_cancelled');

    // Answered first and withdrawn after: the heartbeat no longer says anyone is coming to it.
    const answered = { id: uuidv7(), at: new Date().toISOString(), reason: 'device_fault' };
    await post(terminal, '/v1/help-calls', { items: [answered] });
    expect((await answer(answered.id, 'A018')).status).toBe(200);
    const coming = async () => heartbeatReplySchema.parse(await (await post(terminal, '/v1/heartbeats', beat())).json()).helpComing;
    expect(await coming()).toMatchObject({ callId: answered.id, by: 'A018' });
    await post(terminal, '/v1/help-calls', { items: [{ id: uuidv7(), at: new Date().toISOString(), cancels: answered.id }] });
    expect((await coming())?.callId).not.toBe(answered.id);
  });

  it('refuses a request signed before, whichever route', async () => {
    const time = new Date().toISOString();
    const body = JSON.stringify(beat());
    expect((await signedFetch(platform, terminal, '/v1/heartbeats', { body, time })).status).toBe(200);
    await expectError(await signedFetch(platform, terminal, '/v1/heartbeats', { body, time }), 401, 'replayed');
  });

  it('refuses an oversized batch before reading it, and a malformed heartbeat with what is wrong', async () => {
    const huge = { items: [{ id: uuidv7(), at: new Date().toISOString(), reason: 'x'.repeat(2 * 1024 * 1024) }] };
    await expectError(await post(terminal, '/v1/help-calls', huge), 413, 'body_too_large');
    await expectError(await post(terminal, '/v1/heartbeats', { ...beat(), outbox: { depth: -1 } }), 400, 'bad_request');
  });

  it('forgets signatures older than twice the skew window, and only those', async () => {
    await platform.db.query("INSERT INTO seen_signatures (signature, seen_at) VALUES ('old', now() - interval '31 minutes'), ('new', now())");
    expect(await pruneSeenSignatures(platform.db)).toBe(1);
    const { rows } = await platform.db.query<{ signature: string }>("SELECT signature FROM seen_signatures WHERE signature IN ('old', 'new')");
    expect(rows).toEqual([{ signature: 'new' }]);
  });

  it('refuses a revoked terminal at its very next request', async () => {
    const doomed = await enrollTerminal(platform);
    expect((await post(doomed, '/v1/heartbeats', beat())).status).toBe(200);
    expect((await admin(platform, `/v1/admin/terminals/${doomed.terminalId}/revoke`, 'POST')).status).toBe(204);
    await expectError(await post(doomed, '/v1/heartbeats', beat()), 401, 'terminal_revoked');
    await expectError(await post(doomed, '/v1/cases', { cases: [makeCase(doomed)] }), 401, 'terminal_revoked');
    expect((await post(terminal, '/v1/heartbeats', beat())).status).toBe(200);
    expect((await admin(platform, '/v1/admin/terminals/00000000-0000-7000-8000-000000000000/revoke', 'POST')).status).toBe(404);
  });
});

describe('rate limits', () => {
  it('answers 429 past a terminal burst, leaving other terminals alone', async () => {
    const platform = await startTestPlatform('pglite', { rateLimit: { perSecond: 0.001, burst: 3 } });
    const [noisy, quiet] = [await enrollTerminal(platform), await enrollTerminal(platform)];
    const send = (as: TestTerminal) => signedFetch(platform, as, '/v1/heartbeats', { body: JSON.stringify(beat()) });
    for (let i = 0; i < 3; i += 1) expect((await send(noisy)).status).toBe(200);
    await expectError(await send(noisy), 429, 'rate_limited');
    expect((await send(quiet)).status).toBe(200);
    await platform.close();
  });
});
