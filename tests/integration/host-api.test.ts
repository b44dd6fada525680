import { randomBytes, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCaseNumber } from '../../standards/case-number.js';
import { replyEnvelopeSchema } from '../../electron/api/envelope.js';
import { coreConfigSchema, type CoreConfig } from '../../electron/core/config/core-config.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { openKiosk, type RunningKiosk } from '../../electron/core/open-kiosk.js';
import { startHost, type RunningHost } from '../../electron/host.js';
import { offlineEnrolledStore } from '../support/offline-enrolled-store.js';

describe('the browser host API', () => {
  let dir: string;
  let config: CoreConfig;
  let kiosk: RunningKiosk;
  let host: RunningHost;
  let token: string;
  let calls = 0;
  const eventListeners = new Set<(event: string, payload: unknown) => void>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tongban-host-'));
    // Its platform is unreachable: the API must still hold its ground.
    offlineEnrolledStore(dir);
    config = coreConfigSchema.parse({
      dataDir: dir,
      key: { kind: 'file', path: join(dir, 'store.key') },
      // The demo catalog answers: an enrolled terminal that is no demo offers none before a signed one.
      demo: true,
      devices: { idcard: { kind: 'simulated' }, printer: { kind: 'simulated', paper: 80 } },
    });
    kiosk = await openKiosk(config, () => undefined);
    host = await startHost({
      rendererDir: mkdtempSync(join(tmpdir(), 'tongban-renderer-')),
      core: {
        invoke: (name, payload) => {
          calls++;
          return dispatch(kiosk.handlers, name, payload, () => undefined);
        },
        onEvent: (listener) => {
          eventListeners.add(listener);
          return () => eventListeners.delete(listener);
        },
      },
    });
    token = new URL(host.url).hash.replace('#token=', '');
  });

  afterAll(async () => {
    await host.close();
    await kiosk.close();
  });

  /** A case.submit body: each a submission of its own, as the screen makes them. */
  const submission = (body: object) => JSON.stringify({ submissionId: randomUUID(), ...body });

  const post = (name: string, body: string, headers: Record<string, string> = {}) =>
    fetch(new URL(`/api/invoke/${name}`, host.url), { method: 'POST', headers: { 'x-tongban-token': token, 'content-type': 'application/json', ...headers }, body });

  function casesStored(): number {
    const db = new BetterSqlite3(join(dir, 'kiosk.sqlite'), { readonly: true });
    const n = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM cases').get()?.n ?? -1;
    db.close();
    return n;
  }

  it('tells the screen not to offer the 鄂汇办 code on a terminal given no province key', async () => {
    const reply = (await (await post('kiosk.status', '{}')).json()) as { ok: boolean; value: { appCodeSignIn: boolean } };
    expect(reply).toMatchObject({ ok: true, value: { appCodeSignIn: false } });
  });

  it('tells the shell a citizen is at the screen from identification until the session ends, so no update restarts it then', async () => {
    const present = async () => ((await (await post('kiosk.status', '{}')).json()) as { value: { citizenPresent: boolean } }).value.citizenPresent;
    expect(await present()).toBe(false);
    expect((await post('identity.typed', JSON.stringify({ idNumber: '420103199003120029', name: '陈晓欣' }))).status).toBe(200);
    expect(await present()).toBe(true);
    await post('session.end', '{}');
    expect(await present()).toBe(false);
  });

  it('refuses a request without this launch token, before the core sees it', async () => {
    const before = calls;
    const reply = await post('kiosk.status', '{}', { 'x-tongban-token': randomBytes(24).toString('base64url') });
    expect(reply.status).toBe(401);
    // In the envelope every refusal has, both languages: the screen can show it, not "bad reply".
    expect(replyEnvelopeSchema.parse(await reply.json())).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '未授权的请求', en: { message: 'This request is not allowed' } } });
    expect(calls).toBe(before);
  });

  it('refuses a request that names another host (DNS rebinding)', async () => {
    // fetch will not send a foreign Host header; a rebinding page's browser would.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port: host.port, path: '/api/invoke/kiosk.status', method: 'POST', headers: { host: 'evil.example', 'x-tongban-token': token } },
        (response) => {
          response.resume();
          resolve(response.statusCode);
        },
      );
      request.once('error', reject);
      request.end('{}');
    });
    expect(status).toBe(421);
  });

  it.each([
    ['not JSON', 'case.submit', '{"itemCode":'],
    ['a missing field', 'case.submit', '{"answers":{}}'],
    ['a field of the wrong type', 'case.submit', '{"itemCode":"WH-RS-002","answers":{"delivery.method":7}}'],
    ['an unexpected field', 'case.submit', '{"itemCode":"WH-RS-002","answers":{},"status":"received_by_platform"}'],
    ['an oversized body', 'case.submit', JSON.stringify({ itemCode: 'WH-RS-002', answers: { x: 'y'.repeat(9 * 1024 * 1024) } })],
    ['a malformed case number', 'case.query', '{"caseNumber":"DROP TABLE cases"}'],
  ])('answers %s with one clear error and writes nothing', async (_what, name, body) => {
    const before = calls;
    const reply = await post(name, body);
    expect(reply.status).toBe(400);
    const envelope = (await reply.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(envelope.ok).toBe(false);
    expect(envelope.error.code).toBe('BAD_REQUEST');
    expect(envelope.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(calls).toBe(before);
    expect(casesStored()).toBe(0);
  });

  it('names an unknown request as such', async () => {
    const reply = await post('case.delete', '{}');
    expect(((await reply.json()) as { error: { code: string } }).error.code).toBe('UNKNOWN_REQUEST');
  });

  it('refuses to submit before a card was read, and writes nothing', async () => {
    const reply = await post('case.submit', submission({ itemCode: 'WH-RS-002', answers: { 'delivery.method': 'post' } }));
    expect(await reply.json()).toMatchObject({ ok: false, error: { code: 'NO_IDENTITY' } });
    expect(casesStored()).toBe(0);
  });

  it('refuses answers the item does not ask for, and writes nothing', async () => {
    expect(await (await post('identity.read', '{"timeoutMs":5000}')).json()).toMatchObject({ ok: true });
    const reply = await post('case.submit', submission({ itemCode: 'WH-RS-002', answers: { 'delivery.method': 'post', 'applicant.name': '冒名顶替' } }));
    expect(await reply.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ANSWERS' } });
    expect(casesStored()).toBe(0);
  });

  let caseNumber = '';
  /** The ID card just read on this terminal stands for the 居民身份证 material. */
  const cardRead = { key: 'material.idCard', way: 'certificate' };

  it('refuses a case whose 容缺 material is not accounted for, and writes nothing', async () => {
    const reply = await post('case.submit', submission({ itemCode: 'WH-RS-002', answers: { 'delivery.method': 'post' }, materials: [cardRead] }));
    expect(await reply.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ANSWERS', message: expect.stringContaining('证件照') } });
    expect(casesStored()).toBe(0);
  });

  it('accepts the case offline and says it waits for upload', async () => {
    const materials = [cardRead, { key: 'material.photo', way: 'owed' }];
    const reply = await post('case.submit', submission({ itemCode: 'WH-RS-002', answers: { 'delivery.method': 'post' }, materials }));
    const envelope = (await reply.json()) as { ok: boolean; value: { caseNumber: string } };
    expect(envelope.ok).toBe(true);
    expect(casesStored()).toBe(1);
    caseNumber = envelope.value.caseNumber;
    const outcome = await (await post('case.outcome', JSON.stringify({ caseNumber }))).json();
    expect(outcome).toMatchObject({ ok: true, value: { upload: 'waiting', receipt: { printed: true } } });
  });

  it('tells the receipt of the latest submission only', async () => {
    const other = makeCaseNumber('WH0002', caseNumber.slice(6, 14), 1);
    const reply = await post('case.outcome', JSON.stringify({ caseNumber: other }));
    expect(await reply.json()).toMatchObject({ ok: false, error: { code: 'CASE_NOT_FOUND' } });
  });

  function rowsIn(table: 'cases' | 'outbox'): number {
    const db = new BetterSqlite3(join(dir, 'kiosk.sqlite'), { readonly: true });
    const n = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? -1;
    db.close();
    return n;
  }

  it('offers a 一件事 in search and one joined form for it', async () => {
    const hits = (await (await post('catalog.search', '{"query":"退休"}')).json()) as { value: { code: string; kind: string }[] };
    expect(hits.value).toContainEqual(expect.objectContaining({ code: 'YJS-TX', kind: 'lifeEvent' }));
    const form = (await (await post('form.get', '{"itemCode":"YJS-TX"}')).json()) as { value: { item: { name: string }; fields: { key: string }[]; parts: { code: string }[] } };
    expect(form.value.item.name).toBe('退休一件事');
    expect(form.value.parts.map((p) => p.code)).toEqual(['WH-RS-007', 'WH-YB-002', 'WH-GJJ-001']);
    expect(form.value.fields.filter((f) => f.key === 'applicant.phone')).toHaveLength(1);
  });

  const retirementAnswers = { 'applicant.phone': '13800000000', 'retirement.date': '2026-12-01', 'bank.account': '6222020200001234567' };
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');
  async function retirementCommitment() {
    const plan = (await (await post('materials.get', '{"itemCode":"YJS-TX"}')).json()) as { value: { commitment: { textSha256: string } } };
    return { textSha256: plan.value.commitment.textSha256, signaturePngBase64: signature, signedAt: new Date().toISOString() };
  }
  const owedForRetirement = [{ key: 'material.personnelFile', way: 'owed' }, { key: 'material.retirementProof', way: 'owed' }];

  it('refuses 退休一件事 at submit to the 36-year-old on the card, whatever the screen sent, and writes nothing', async () => {
    const [casesBefore, outboxBefore] = [rowsIn('cases'), rowsIn('outbox')];
    const body = submission({ itemCode: 'YJS-TX', answers: retirementAnswers, materials: [cardRead, ...owedForRetirement], commitment: await retirementCommitment() });
    const reply = await (await post('case.submit', body)).json();
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE', message: expect.stringContaining('您现在 36 周岁') } });
    expect([rowsIn('cases'), rowsIn('outbox')]).toEqual([casesBefore, outboxBefore]);
  });

  it('submits a 一件事 as one case per item, each with its outbox row, and lists every number', async () => {
    // A citizen of 68 (typed: the simulated reader holds only the card of one aged 36), the ID card photographed.
    expect((await post('identity.typed', JSON.stringify({ idNumber: '420111195803061233', name: '向建国' }))).status).toBe(200);
    const [casesBefore, outboxBefore] = [rowsIn('cases'), rowsIn('outbox')];
    const answers = retirementAnswers;
    const idCardPhoto = { key: 'material.idCard', way: 'captured', pagesJpegBase64: [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]).toString('base64')] };
    const materials = [idCardPhoto, ...owedForRetirement];
    const commitment = await retirementCommitment();
    const reply = (await (await post('case.submit', submission({ itemCode: 'YJS-TX', answers, materials, commitment }))).json()) as {
      ok: boolean;
      value: { caseNumber: string; cases: { caseNumber: string; itemCode: string }[] };
    };
    expect(reply.ok).toBe(true);
    const outcome = await (await post('case.outcome', JSON.stringify({ caseNumber: reply.value.caseNumber }))).json();
    expect(outcome).toMatchObject({ ok: true, value: { upload: 'waiting', receipt: { printed: true } } });
    expect(reply.value.cases.map((c) => c.itemCode)).toEqual(['WH-RS-007', 'WH-YB-002', 'WH-GJJ-001']);
    expect(new Set(reply.value.cases.map((c) => c.caseNumber)).size).toBe(3);
    expect(reply.value.caseNumber).toBe(reply.value.cases[0]?.caseNumber);
    expect(rowsIn('cases')).toBe(casesBefore + 3);
    // One outbox row a case, and one each for the photo's and the signature's single chunk.
    expect(rowsIn('outbox')).toBe(outboxBefore + 5);
    // The card's holder again, for the tests below that ask for her own case.
    expect(await (await post('identity.read', '{"timeoutMs":5000}')).json()).toMatchObject({ ok: true });
  });

  it('gives the applicant the filled form as an A4 PDF, masked like the receipt', async () => {
    const reply = (await (await post('document.form', JSON.stringify({ caseNumber }))).json()) as { ok: boolean; value: { path: string } };
    expect(reply.ok).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', reply.value.path, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
    expect(text).toContain('社会保障卡补领 申请表');
    expect(text).toContain(caseNumber);
    expect(text).toContain('陈*欣');
    expect(text).toMatch(/4201\*+0029/);
    expect(text).not.toContain('420103199003120029');
  });

  it('does not hand out a form for a case that is not the applicant’s', async () => {
    const other = makeCaseNumber('WH0002', caseNumber.slice(6, 14), 1);
    const reply = await post('document.form', JSON.stringify({ caseNumber: other }));
    expect(await reply.json()).toMatchObject({ ok: false, error: { code: 'CASE_NOT_FOUND' } });
  });

  it('gives a page whose event socket opens after a status change the current status at once', async () => {
    const reply = (await (await post('kiosk.status', '{}')).json()) as { value: Record<string, unknown> };
    const status = { ...reply.value, online: false };
    for (const listener of eventListeners) listener('kiosk.status', status);
    const origin = new URL(host.url).origin;
    const socket = new WebSocket(`${origin.replace('http', 'ws')}/api/events?token=${token}`, { origin });
    const first = await new Promise<unknown>((resolve, reject) => {
      socket.once('message', (data) => resolve(JSON.parse(String(data))));
      socket.once('error', reject);
    });
    socket.close();
    expect(first).toEqual({ event: 'kiosk.status', payload: status });
  });

  function eventSocket(): Promise<WebSocket> {
    const origin = new URL(host.url).origin;
    const socket = new WebSocket(`${origin.replace('http', 'ws')}/api/events?token=${token}`, { origin });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });
  }

  it('closes only the socket that sent an oversized message, and keeps serving the others', async () => {
    const [bad, good] = [await eventSocket(), await eventSocket()];
    const closed = new Promise<void>((resolve) => bad.once('close', () => resolve()));
    bad.on('error', () => undefined);
    bad.send(Buffer.alloc(5 * 1024 * 1024, 0x20));
    await closed;
    expect((await post('kiosk.status', '{}')).status).toBe(200);
    const reply = (await (await post('kiosk.status', '{}')).json()) as { value: Record<string, unknown> };
    const status = { ...reply.value, waitingUploads: 7 };
    const heard = new Promise<void>((resolve) =>
      good.on('message', (data) => {
        if ((JSON.parse(String(data)) as { payload: { waitingUploads?: number } }).payload.waitingUploads === 7) resolve();
      }),
    );
    for (const listener of eventListeners) listener('kiosk.status', status);
    await heard;
    good.close();
  });

  it('answers a path that is not valid percent-encoding with 400, not 500', async () => {
    const reply = await fetch(new URL('/%ZZ', host.url));
    expect(reply.status).toBe(400);
  });

  it('refuses an event socket without the token', async () => {
    const origin = new URL(host.url).origin;
    const socket = new WebSocket(`${origin.replace('http', 'ws')}/api/events?token=wrong`, { origin });
    const outcome = await new Promise<string>((resolve) => {
      socket.once('open', () => resolve('open'));
      socket.once('error', () => resolve('refused'));
    });
    expect(outcome).toBe('refused');
  });
  it('answers a submission asked again, even by a restarted core that knows no citizen yet, with the case it committed', async () => {
    expect(await (await post('identity.read', '{"timeoutMs":5000}')).json()).toMatchObject({ ok: true });
    const materials = [cardRead, { key: 'material.photo', way: 'owed' }];
    const body = submission({ itemCode: 'WH-RS-002', answers: { 'delivery.method': 'post' }, materials });
    const first = (await (await post('case.submit', body)).json()) as { ok: boolean; value: { caseNumber: string; cases: unknown; acceptedAt: string; next?: unknown } };
    expect(first.ok).toBe(true);
    expect(first.value.next).toBeDefined();
    const [cases, outbox] = [rowsIn('cases'), rowsIn('outbox')];
    expect(await (await post('case.submit', body)).json()).toEqual(first);
    // The core is killed after the commit, before its reply; the screen tries again once it is back.
    await kiosk.close();
    kiosk = await openKiosk(config, () => undefined);
    // It knows no citizen yet, but kept what comes next with the submission: the same reply.
    expect(await (await post('case.submit', body)).json()).toEqual(first);
    expect([rowsIn('cases'), rowsIn('outbox')]).toEqual([cases, outbox]);
    // A new submission of the same citizen is a new case.
    await post('identity.read', '{"timeoutMs":5000}');
    const next = (await (await post('case.submit', submission({ itemCode: 'WH-RS-002', answers: { 'delivery.method': 'post' }, materials }))).json()) as typeof first;
    expect(next.value.caseNumber).not.toBe(first.value.caseNumber);
  });
});
