// 远程帮办 through the platform: a terminal asks, a clerk of its region takes the call, SDP and
// ICE pass both ways by long poll, and either side hangs up. A clerk of another region, an
// operator and another terminal are refused. Numbers to call back and the identity check's record
// with a case: remote-record.test.ts.
import { createHmac } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteCallJoinReplySchema, remoteCallListReplySchema, remoteSignalsReplySchema, type RemoteSignalsReply } from '../../../platform/protocol/index.js';
import { as, expectError, makeAccount, signIn, type SignedIn } from './console-client.js';
import { databaseKinds, enrollTerminal, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const jiangan = { hallName: '江岸区政务服务中心', terminalName: '1 号机', regionCode: '420102' };
const jianghan = { hallName: '江汉区政务服务中心', terminalName: '1 号机', regionCode: '420103' };
const offer = { kind: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n' } as const;

describe.each(databaseKinds)('remote calls on %s', (kind) => {
  let platform: TestPlatform;
  let terminal: TestTerminal;
  let stranger: TestTerminal;
  const signed: Record<string, SignedIn> = {};
  const who = (name: string): SignedIn => signed[name] ?? expect.unreachable(`${name} is not signed in`);
  const ask = async (item: { code: string; name: string } | null = { code: 'SB001', name: '社保卡补领' }) => {
    const id = uuidv7();
    expect((await signedFetch(platform, terminal, '/v1/remote-calls', { body: JSON.stringify({ id, item }) })).status).toBe(200);
    return id;
  };
  const terminalPoll = async (id: string, after = 0, seen = 'waiting'): Promise<RemoteSignalsReply> => {
    const res = await signedFetch(platform, terminal, `/v1/remote-calls/${id}/signals?after=${after}&seen=${seen}`);
    expect(res.status).toBe(200);
    return remoteSignalsReplySchema.parse(await res.json());
  };
  const waiting = async (name: string) => remoteCallListReplySchema.parse(await (await as(platform, who(name), '/v1/console/remote-calls')).json()).calls;

  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    terminal = await enrollTerminal(platform, jiangan);
    stranger = await enrollTerminal(platform, jianghan);
    const accounts = [
      ['jiangan.clerk', 'clerk', '420102'],
      ['jiangan.clerk2', 'clerk', '420102'],
      ['jianghan.clerk', 'clerk', '420103'],
      ['jiangan.operator', 'operator', '420102'],
    ] as const;
    for (const [name, role, region] of accounts) {
      await makeAccount(platform, name, role, region);
      signed[name] = await signIn(platform, name);
    }
  });
  afterAll(() => platform.close());

  it('relays a call: listed with its item to clerks of the region only, taken once, signals both ways, hung up by the citizen', async () => {
    const id = await ask();
    const listed = (await waiting('jiangan.clerk')).find((c) => c.id === id);
    expect(listed).toMatchObject({ state: 'waiting', item: { code: 'SB001', name: '社保卡补领' }, terminalName: '1 号机', hallName: '江岸区政务服务中心' });
    expect((await waiting('jianghan.clerk')).map((c) => c.id)).not.toContain(id);

    // The terminal is waiting on its long poll when the clerk accepts: the poll answers with it.
    const heard = terminalPoll(id);
    expect((await as(platform, who('jiangan.clerk'), `/v1/console/remote-calls/${id}/accept`, { body: {} })).status).toBe(200);
    expect(await heard).toMatchObject({ state: 'accepted', clerk: 'jiangan.clerk', signals: [] });
    await expectError(await as(platform, who('jiangan.clerk2'), `/v1/console/remote-calls/${id}/accept`, { body: {} }), 409, 'call_taken');
    await expectError(await as(platform, who('jiangan.clerk2'), `/v1/console/remote-calls/${id}/signals?after=0&seen=accepted`), 403, 'not_your_call');

    const clerkHears = as(platform, who('jiangan.clerk'), `/v1/console/remote-calls/${id}/signals?after=0&seen=accepted`);
    expect((await signedFetch(platform, terminal, `/v1/remote-calls/${id}/signals`, { body: JSON.stringify({ signal: offer }) })).status).toBe(200);
    const toClerk = remoteSignalsReplySchema.parse(await (await clerkHears).json());
    expect(toClerk.signals.map((s) => s.signal)).toEqual([offer]);

    const candidate = { kind: 'candidate', candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host', sdpMid: '0', sdpMLineIndex: 0 } as const;
    expect((await as(platform, who('jiangan.clerk'), `/v1/console/remote-calls/${id}/signals`, { body: { signal: { kind: 'answer', sdp: 'v=0\r\n' } } })).status).toBe(200);
    expect((await as(platform, who('jiangan.clerk'), `/v1/console/remote-calls/${id}/signals`, { body: { signal: candidate } })).status).toBe(200);
    const toTerminal = await terminalPoll(id, 0, 'accepted');
    expect(toTerminal.signals.map((s) => s.signal)).toEqual([{ kind: 'answer', sdp: 'v=0\r\n' }, candidate]);
    const clerkWaits = as(platform, who('jiangan.clerk'), `/v1/console/remote-calls/${id}/signals?after=${toClerk.signals.at(-1)?.seq ?? 0}&seen=accepted`);
    expect((await signedFetch(platform, terminal, `/v1/remote-calls/${id}/end`, { body: JSON.stringify({ by: 'citizen' }) })).status).toBe(200);
    expect(remoteSignalsReplySchema.parse(await (await clerkWaits).json())).toMatchObject({ state: 'ended', endedBy: 'citizen' });
    // Its own offer never came back to it; now the call's signals are gone altogether.
    expect(await terminalPoll(id, 0, 'accepted')).toMatchObject({ state: 'ended', signals: [] });
    const { rows } = await platform.db.query('SELECT 1 FROM remote_call_signals WHERE call_id = $1', [id]);
    expect(rows).toEqual([]);
  });

  it('refuses a clerk of another region with a 403 in words, and an operator, and needs CSRF', async () => {
    const id = await ask(null);
    const refused = await as(platform, who('jianghan.clerk'), `/v1/console/remote-calls/${id}/accept`, { body: {} });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toMatch(/无权.*remote_calls\.take/);
    await expectError(await as(platform, who('jiangan.operator'), `/v1/console/remote-calls/${id}/accept`, { body: {} }), 403, 'forbidden');
    await expectError(await as(platform, who('jiangan.clerk'), `/v1/console/remote-calls/${id}/accept`, { body: {}, csrf: null }), 403, 'csrf');
    await expectError(await as(platform, who('jiangan.clerk'), '/v1/admin/terminals'), 403, 'forbidden');
  });

  it('hides a call from another terminal, and ends a call the clerk hangs up', async () => {
    const id = await ask();
    expect((await signedFetch(platform, stranger, `/v1/remote-calls/${id}/signals?after=0&seen=waiting`)).status).toBe(404);
    expect((await as(platform, who('jiangan.clerk'), `/v1/console/remote-calls/${id}/accept`, { body: {} })).status).toBe(200);
    expect((await as(platform, who('jiangan.clerk'), `/v1/console/remote-calls/${id}/end`, { body: {} })).status).toBe(200);
    expect(await terminalPoll(id, 0, 'accepted')).toMatchObject({ state: 'ended', endedBy: 'clerk' });
  });

  it('shows the clerk the masked card read, refuses a whole ID number, and records the identity check for the terminal to hear', async () => {
    const identity = { cardType: 'resident', maskedName: '陈*欣', maskedIdNumber: '4201**********0029', source: 'card' } as const;
    const whole = await signedFetch(platform, terminal, '/v1/remote-calls', { body: JSON.stringify({ id: uuidv7(), item: null, identity: { ...identity, maskedIdNumber: '420102199003070029' } }) });
    expect(whole.status).toBe(400);
    const id = uuidv7();
    expect((await signedFetch(platform, terminal, '/v1/remote-calls', { body: JSON.stringify({ id, item: null, identity }) })).status).toBe(200);
    expect((await waiting('jiangan.clerk')).find((c) => c.id === id)).toMatchObject({ identity, identityCheckedBy: null });
    expect((await as(platform, who('jiangan.clerk'), `/v1/console/remote-calls/${id}/accept`, { body: {} })).status).toBe(200);
    await expectError(await as(platform, who('jiangan.clerk2'), `/v1/console/remote-calls/${id}/identity-checked`, { body: {} }), 403, 'not_your_call');
    expect((await as(platform, who('jiangan.clerk'), `/v1/console/remote-calls/${id}/identity-checked`, { body: {} })).status).toBe(200);
    expect(await terminalPoll(id, 0, 'waiting')).toMatchObject({ state: 'accepted', identityCheckedBy: 'jiangan.clerk' });
    const { rows } = await platform.db.query<{ action: string }>("SELECT action FROM audit_log WHERE target = $1 ORDER BY id", [id]);
    expect(rows.map((r) => r.action)).toEqual(['remote_call.accepted', 'remote_call.identity_checked']);
  });
});

describe('remote calls with a TURN server configured', () => {
  const secret = 'north-wind-0123456789';
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform('pglite', { turn: { urls: ['turn:127.0.0.1:3478?transport=udp'], secret, ttlSeconds: 600 } });
  });
  afterAll(() => platform.close());

  it('hands the terminal short-lived credentials for this call that coturn checks with the shared secret', async () => {
    const terminal = await enrollTerminal(platform, jiangan);
    const id = uuidv7();
    const res = await signedFetch(platform, terminal, '/v1/remote-calls', { body: JSON.stringify({ id, item: null }) });
    const [server] = remoteCallJoinReplySchema.parse(await res.json()).iceServers;
    const [expiry, callId] = (server?.username ?? '').split(':');
    expect(callId).toBe(id);
    expect(Number(expiry) * 1000 - Date.now()).toBeGreaterThan(500_000);
    expect(Number(expiry) * 1000 - Date.now()).toBeLessThanOrEqual(600_000);
    expect(server?.credential).toBe(createHmac('sha1', secret).update(server?.username ?? '').digest('base64'));
  });
});
