// Values zod's plain types let through but PostgreSQL cannot store (NUL, lone surrogates, year
// 0000, offsets past ±15:59, integers past int4/int8) are refused at the edge with a 4xx naming
// the field, on every route, touching nothing; before, each was a 500 on every retry.
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinBundle } from '../../../platform/protocol/catalog.js';
import { platformErrorSchema, type Heartbeat } from '../../../platform/protocol/index.js';
import { adminToken, databaseKinds, enrollTerminal, makeCase, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const texts = { NUL: 'a\u0000b', 'a lone surrogate': 'a\ud800b', 'an escape character': 'a\u001bb' };
const times = { 'year 0000': '0000-01-01T00:00:00Z', '9999-12-31T23:59:59+23:59': '9999-12-31T23:59:59+23:59', 'an offset of +23:00': '2025-03-01T09:30:00+23:00' };
const counts = { 'past int4': 2 ** 31, 'past int8': 2 ** 63 };
/** As written in a URL. */
const params = { '%00': '%00', 'a lone surrogate': '%ED%A0%80', 'past int4': '2147483648', 'past int8': '9223372036854775808' };

const now = () => new Date().toISOString();
const beat = (overrides: Partial<Heartbeat> = {}, outbox: Partial<Heartbeat['outbox']> = {}): Heartbeat => ({
  sentAt: now(),
  versions: { app: '0.1.0' },
  health: { printer: { ok: true } },
  ...overrides,
  outbox: { depth: 0, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0, ...outbox },
});

interface Context {
  platform: TestPlatform;
  terminal: TestTerminal;
}
interface BadRequest {
  name: string;
  /** What the refusal must name. */
  field: string;
  send(ctx: Context): Promise<Response>;
}

const post = (path: string, body: (ctx: Context) => unknown) => (ctx: Context) => signedFetch(ctx.platform, ctx.terminal, path, { body: JSON.stringify(body(ctx)) });
const get = (path: string) => (ctx: Context) => signedFetch(ctx.platform, ctx.terminal, path);
const admin = (path: string, body?: string | Buffer) => (ctx: Context) =>
  fetch(`${ctx.platform.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${adminToken}`, ...(body === undefined ? {} : { 'content-type': typeof body === 'string' ? 'application/json' : 'application/octet-stream' }) },
    ...(body === undefined ? {} : { body }),
  });

function each<V>(values: Record<string, V>, field: string, send: (value: V) => BadRequest['send']): BadRequest[] {
  return Object.entries(values).map(([name, value]) => ({ name, field, send: send(value) }));
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
function putChunk(parts: { id?: string; n?: string; case?: string; of?: string }) {
  return (ctx: Context) => {
    const bytes = Buffer.from('chunk');
    const query = `case=${parts.case ?? makeCase(ctx.terminal).caseNumber}&of=${parts.of ?? '1'}&sha256=${sha(bytes)}&material=${sha(bytes)}`;
    return signedFetch(ctx.platform, ctx.terminal, `/v1/materials/${parts.id ?? uuidv7()}/chunks/${parts.n ?? '0'}?${query}`, { method: 'PUT', body: bytes });
  };
}

function bundleWithVersion(version: number): Buffer {
  const payload = Buffer.from('{}');
  const manifest = { type: 'tongban.catalog', version, created: now(), expires: now(), scope: '420100', payload: { length: payload.length, sha256: sha(payload) } };
  return joinBundle({ manifest: JSON.stringify(manifest), signatures: [] }, payload);
}

const routes: Record<string, BadRequest[]> = {
  'POST /v1/cases': [
    ...each(texts, 'itemName', (v) => post('/v1/cases', (c) => ({ cases: [makeCase(c.terminal, { itemName: v })] }))),
    ...each(texts, 'applicant.name', (v) => post('/v1/cases', (c) => ({ cases: [makeCase(c.terminal, { applicant: { name: v, idNumber: '420102199001010010' } })] }))),
    ...each(texts, 'answers', (v) => post('/v1/cases', (c) => ({ cases: [makeCase(c.terminal, { answers: { phone: v } })] }))),
    ...each(texts, 'answers', (v) => post('/v1/cases', (c) => ({ cases: [makeCase(c.terminal, { answers: { [v]: '1' } })] }))),
    ...each(times, 'acceptedAt', (v) => post('/v1/cases', (c) => ({ cases: [makeCase(c.terminal, { acceptedAt: v })] }))),
    ...each({ 'year 0000': '0000-01-01', 'day 30 of February': '2025-02-30' }, 'dueBy', (v) =>
      post('/v1/cases', (c) => ({ cases: [makeCase(c.terminal, { materials: [{ key: 'idcard', name: '身份证', way: 'owed', materialId: null, dueBy: v }] })] })),
    ),
    ...each(times, 'signedAt', (v) => post('/v1/cases', (c) => ({ cases: [makeCase(c.terminal, { commitment: { textSha256: '0'.repeat(64), signedAt: v, signatureMaterialId: uuidv7() } })] }))),
  ],
  'GET /v1/cases/{caseNumber}': [
    { name: '%00', field: 'caseNumber', send: get('/v1/cases/%00') },
    // Not UTF-8: fastify refuses the path before the route runs, naming the path component.
    { name: 'a lone surrogate', field: '/v1/cases/%ED%A0%80', send: get('/v1/cases/%ED%A0%80') },
  ],
  'POST /v1/reviews': [
    ...each(texts, 'comment', (v) => post('/v1/reviews', (c) => ({ items: [{ id: uuidv7(), caseNumber: makeCase(c.terminal).caseNumber, at: now(), score: 2, comment: v }] }))),
    ...each(texts, 'reasons', (v) => post('/v1/reviews', (c) => ({ items: [{ id: uuidv7(), caseNumber: makeCase(c.terminal).caseNumber, at: now(), score: 2, reasons: [v] }] }))),
    ...each(times, 'at', (v) => post('/v1/reviews', (c) => ({ items: [{ id: uuidv7(), caseNumber: makeCase(c.terminal).caseNumber, at: v, score: 5 }] }))),
  ],
  'POST /v1/help-calls': [...each(times, 'at', (v) => post('/v1/help-calls', () => ({ items: [{ id: uuidv7(), at: v, reason: 'citizen_request' }] })))],
  'POST /v1/device-events': [
    ...each(texts, 'detail', (v) => post('/v1/device-events', () => ({ items: [{ id: uuidv7(), at: now(), device: 'printer', state: 'fault', detail: v }] }))),
    ...each(texts, 'device', (v) => post('/v1/device-events', () => ({ items: [{ id: uuidv7(), at: now(), device: v, state: 'ok' }] }))),
    ...each(times, 'at', (v) => post('/v1/device-events', () => ({ items: [{ id: uuidv7(), at: v, device: 'printer', state: 'ok' }] }))),
  ],
  'POST /v1/heartbeats': [
    ...each(texts, 'versions', (v) => post('/v1/heartbeats', () => beat({ versions: { app: v } }))),
    ...each(texts, 'versions', (v) => post('/v1/heartbeats', () => beat({ versions: { [v]: '1' } }))),
    ...each(texts, 'detail', (v) => post('/v1/heartbeats', () => beat({ health: { printer: { ok: false, detail: v } } }))),
    ...each(times, 'sentAt', (v) => post('/v1/heartbeats', () => beat({ sentAt: v }))),
    ...each(times, 'oldestWaitingAt', (v) => post('/v1/heartbeats', () => beat({}, { oldestWaitingAt: v }))),
    ...each(counts, 'depth', (v) => post('/v1/heartbeats', () => beat({}, { depth: v }))),
    ...each(counts, 'deadLetters', (v) => post('/v1/heartbeats', () => beat({}, { deadLetters: v }))),
  ],
  'POST /v1/card-reads': [...each(times, 'readAt', (v) => post('/v1/card-reads', () => ({ id: uuidv7(), idNumber: '420103199003120029', readAt: v })))],
  'PUT /v1/materials/{id}/chunks/{n}': [
    ...each(params, 'n', (v) => putChunk({ n: v })),
    ...each(params, 'of', (v) => putChunk({ of: v })),
    { name: '%00', field: 'id', send: putChunk({ id: '%00' }) },
    { name: '%00', field: 'case', send: putChunk({ case: '%00' }) },
  ],
  'POST /v1/documents': [...each(texts, 'name', (v) => post('/v1/documents', () => ({ read: uuidv7(), kind: 'social-insurance-record', idNumber: '420103199003120029', name: v })))],
  'GET /v1/verify/{code}': [
    { name: '%00', field: 'code', send: get('/v1/verify/%00') },
    { name: 'a lone surrogate', field: '/v1/verify/%ED%A0%80', send: get('/v1/verify/%ED%A0%80') },
  ],
  'GET /v1/certificates': [...each(params, 'read', (v) => get(`/v1/certificates?read=${v}`))],
  'GET /v1/catalog': [...each(params, 'installed', (v) => get(`/v1/catalog?installed=${v}`))],
  'POST /v1/catalog/report': [
    ...each(counts, 'installedVersion', (v) => post('/v1/catalog/report', () => ({ installedVersion: v }))),
    ...each(texts, 'detail', (v) => post('/v1/catalog/report', () => ({ installedVersion: 1, refused: { version: 2, reason: 'expired', detail: v } }))),
  ],
  'POST /v1/admin/enrollment-tokens': [
    ...each(texts, 'hallName', (v) => admin('/v1/admin/enrollment-tokens', JSON.stringify({ hallName: v, terminalName: '1 号机', regionCode: '420102' }))),
  ],
  'POST /v1/admin/help-calls/{id}/answer': [...each(texts, 'by', (v) => admin(`/v1/admin/help-calls/${uuidv7()}/answer`, JSON.stringify({ by: v })))],
  'GET /v1/admin/help-calls': [...each(params, 'hours', (v) => admin(`/v1/admin/help-calls?hours=${v}`))],
  'POST /v1/admin/catalog': [...each(counts, 'version', (v) => admin('/v1/admin/catalog', bundleWithVersion(v)))],
};

/** A request of each route that must still work after the refusals. */
const valid: Record<string, (ctx: Context) => Promise<Response>> = {
  cases: post('/v1/cases', (c) => ({ cases: [makeCase(c.terminal, { answers: { note: '第一行\n第二行\t完' } })] })),
  reviews: post('/v1/reviews', (c) => ({ items: [{ id: uuidv7(), caseNumber: makeCase(c.terminal).caseNumber, at: '2100-12-31T23:59:59Z', score: 5, comment: '很好 👍' }] })),
  'help calls': post('/v1/help-calls', () => ({ items: [{ id: uuidv7(), at: '2000-01-01T00:00:00+00:00', reason: 'citizen_request' }] })),
  'device events': post('/v1/device-events', () => ({ items: [{ id: uuidv7(), at: now(), device: 'printer', state: 'fault', detail: '缺纸\npaper out' }] })),
  heartbeats: post('/v1/heartbeats', () => beat({}, { depth: 2 ** 31 - 1, oldestWaitingAt: '2025-03-01T09:30:00+14:00' })),
  'card reads': post('/v1/card-reads', () => ({ id: uuidv7(), idNumber: '420103199003120029', readAt: now() })),
  materials: putChunk({ n: '0', of: '1' }),
  catalog: get('/v1/catalog?installed=0'),
  'catalog reports': post('/v1/catalog/report', () => ({ installedVersion: 2 ** 31 - 1 })),
  'admin help calls': admin('/v1/admin/help-calls?hours=744'),
};

describe.each(databaseKinds)('values a database cannot store, on %s', (kind) => {
  const ctx = {} as Context;
  const serverErrors: string[] = [];
  beforeAll(async () => {
    ctx.platform = await startTestPlatform(kind, { rateLimit: { perSecond: 1000, burst: 1000 }, log: (line) => serverErrors.push(line) });
    ctx.terminal = await enrollTerminal(ctx.platform);
  });
  afterAll(() => ctx.platform.close());

  /** Everything a refused request could have written, but the replay guard's signatures. */
  async function everything(): Promise<unknown> {
    const tables = ['terminals', 'enrollment_tokens', 'cases', 'terminal_status', 'terminal_events', 'catalog_bundles', 'terminal_catalogs', 'card_reads', 'materials', 'material_chunks', 'help_call_answers', 'issued_documents'];
    const { rows } = await ctx.platform.db.query(`SELECT ${tables.map((t) => `(SELECT coalesce(json_agg(x)::text, '') FROM ${t} x) AS ${t}`).join(', ')}`);
    return rows[0];
  }

  describe.each(Object.entries(routes))('%s', (_route, requests) => {
    it.each(requests.map((r) => [`${r.field}: ${r.name}`, r] as const))('refuses %s, naming the field and storing nothing', async (_name, request) => {
      const before = await everything();
      const res = await request.send(ctx);
      const body = platformErrorSchema.parse(await res.json());
      expect(res.status, body.message).toBe(400);
      expect(body.message).toContain(request.field);
      expect(await everything()).toEqual(before);
    });
  });

  it.each(Object.entries(valid))('still takes valid %s after all those, and no request failed with a 500', async (_name, send) => {
    const res = await send(ctx);
    expect(res.status, await res.clone().text()).toBeLessThan(400);
    expect(serverErrors).toEqual([]);
  });
});
