import { z } from 'zod';
// A published catalog version reaches the fleet in stages, as terminals speaking the protocol see
// it: the heartbeat reply names the version meant for each terminal, the catalog answers only with
// that, and the adoption view says who installed, who refused and why, and who has not yet.
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBundle } from '../../../platform/protocol/bundle-sign.js';
import { rollbackReplySchema, rolloutReplySchema, rolloutSchema, type RolloutReply, type RolloutTarget } from '../../../platform/protocol/catalog-rollout.js';
import type { CatalogReport } from '../../../platform/protocol/catalog.js';
import { heartbeatReplySchema, platformErrorSchema, type Heartbeat } from '../../../platform/protocol/index.js';
import { createEnrollmentToken } from '../../../platform/enrollment/tokens.js';
import { adminToken, databaseKinds, hall, newKeyPair, postJson, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const admin1 = generateKeyPairSync('ed25519').privateKey;
const spki = (k: KeyObject) => createPublicKey(k).export({ type: 'spki', format: 'der' }).toString('base64');
const catalogOf = (name: string) => Buffer.from(JSON.stringify({ items: [], lifeEvents: [], benefits: [], name }));
const nextYear = new Date(Date.now() + 365 * 86_400_000);
const sign = (version: number, content: Buffer) => signBundle(content, [admin1], { version, expires: nextYear, scope: '420100' });
const first = catalogOf('first');

const beat = (catalog?: CatalogReport): Heartbeat => ({
  sentAt: new Date().toISOString(),
  versions: { app: '0.1.0' },
  health: {},
  outbox: { depth: 0, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0 },
  ...(catalog && { catalog }),
});

describe.each(databaseKinds)('staged catalog rollouts on %s', (kind) => {
  let platform: TestPlatform;
  /** Canary A and C in 江岸区 (420102), B in 武昌区 (420106). */
  let a: TestTerminal, b: TestTerminal, c: TestTerminal;

  async function enrollIn(regionCode: string): Promise<TestTerminal> {
    const { token } = await createEnrollmentToken(platform.db, { ...hall, regionCode });
    const { publicKey, privateKey } = newKeyPair();
    const res = await postJson(`${platform.url}/v1/enroll`, { token, publicKey });
    return { ...((await res.json()) as Omit<TestTerminal, 'privateKey'>), privateKey };
  }

  const admin = (path: string, body?: Buffer | object) =>
    fetch(`${platform.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${adminToken}`, ...(body !== undefined && { 'content-type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json' }) },
      ...(body !== undefined && { body: Buffer.isBuffer(body) ? body : JSON.stringify(body) }),
    });
  const stage = async (version: number, target: RolloutTarget) => rolloutSchema.parse(await (await admin(`/v1/admin/catalog/rollouts/${version}`, target)).json());
  const act = (version: number, what: 'pause' | 'continue') => admin(`/v1/admin/catalog/rollouts/${version}/${what}`, {});
  /** The version the heartbeat reply names for the terminal, after it says what it runs. */
  const meantFor = async (t: TestTerminal, catalog?: CatalogReport) => heartbeatReplySchema.parse(await (await signedFetch(platform, t, '/v1/heartbeats', { body: JSON.stringify(beat(catalog)) })).json()).catalogVersion;
  const adoption = async (version: number): Promise<RolloutReply> => rolloutReplySchema.parse(await (await admin(`/v1/admin/catalog/rollouts/${version}`)).json());
  const of = (view: RolloutReply, t: TestTerminal) => view.terminals.find((row) => row.terminalId === t.terminalId);

  beforeAll(async () => {
    platform = await startTestPlatform(kind, { catalogTrust: { keys: [spki(admin1)], threshold: 1 } });
    [a, b, c] = [await enrollIn('420102'), await enrollIn('420106'), await enrollIn('420102')];
    expect((await admin('/v1/admin/catalog?stage=all', sign(1, first))).status).toBe(200);
  });
  afterAll(() => platform.close());

  it('holds a version published without a stage: offered to no terminal', async () => {
    const published = await admin('/v1/admin/catalog', sign(2, catalogOf('second')));
    expect(rolloutSchema.parse(((await published.json()) as { rollout: unknown }).rollout)).toMatchObject({ version: 2, stage: 'canary', terminals: [], state: 'active' });
    for (const t of [a, b, c]) expect(await meantFor(t, { installedVersion: 1 })).toBe(1);
    expect((await signedFetch(platform, a, '/v1/catalog?installed=1')).status).toBe(304);
  });

  it('offers a canary version to the canaries only, by id or code, and shows who installed and who refused why', async () => {
    expect(await stage(2, { stage: 'canary', terminals: [a.terminalCode, c.terminalId] })).toMatchObject({ stage: 'canary', terminals: expect.arrayContaining([a.terminalId, c.terminalId]) });
    expect(await meantFor(a)).toBe(2);
    expect(await meantFor(b)).toBe(1);
    expect((await signedFetch(platform, a, '/v1/catalog?installed=1')).status).toBe(200);
    expect((await signedFetch(platform, b, '/v1/catalog?installed=1')).status).toBe(304);

    await meantFor(a, { installedVersion: 2 });
    await meantFor(c, { installedVersion: 1, refused: { version: 2, reason: 'untrusted_key', detail: 'untrusted_key: signed only by keys not in the trust set (1)' } });
    const view = await adoption(2);
    expect(view.counts).toEqual({ installed: 1, refused: 1, waiting: 0 });
    expect(of(view, a)).toMatchObject({ adoption: 'installed', installedVersion: 2 });
    expect(of(view, c)).toMatchObject({ adoption: 'refused', refused: { reason: 'untrusted_key', detail: expect.stringContaining('trust set') } });
    expect(of(view, b)).toBeUndefined();
  });

  it('widens to a region, keeping the canaries, then to all; a pause stops terminals not yet on it from getting it', async () => {
    expect(await stage(2, { stage: 'region', regionCode: '420106' })).toMatchObject({ stage: 'region', regionCode: '420106000000', terminals: expect.arrayContaining([a.terminalId]) });
    expect(of(await adoption(2), b)).toMatchObject({ adoption: 'waiting' });
    expect(await meantFor(b)).toBe(2);
    expect(await act(2, 'pause').then((r) => r.status)).toBe(200);
    expect(await meantFor(b)).toBe(1);
    expect((await signedFetch(platform, b, '/v1/catalog?installed=1')).status).toBe(304);
    expect(rolloutSchema.parse(await (await act(2, 'continue')).json()).state).toBe('active');
    expect(await meantFor(b)).toBe(2);
    expect(await stage(2, { stage: 'all' })).toMatchObject({ stage: 'all', regionCode: null });
  });

  it('rolls back with the previous content signed higher, reaching exactly the terminals the abandoned version reached', async () => {
    const wrong = platformErrorSchema.parse(await (await admin('/v1/admin/catalog/rollouts/2/rollback', sign(3, catalogOf('something else')))).json());
    expect(wrong).toMatchObject({ error: 'not_previous_content', message: expect.stringContaining('version 1') });
    const done = rollbackReplySchema.parse(await (await admin('/v1/admin/catalog/rollouts/2/rollback', sign(3, first))).json());
    expect(done).toMatchObject({ rolledBack: 2, version: 3, restores: 1, rollout: { stage: 'all', rollbackOf: 2 } });
    expect(await meantFor(a, { installedVersion: 2 })).toBe(3);
    expect((await adoption(2)).rollout.state).toBe('rolled_back');
    expect(platformErrorSchema.parse(await (await act(2, 'continue')).json()).error).toBe('rolled_back');
  });

  it('records each publish, stage, pause, continue and rollback in the audit log, under who did it', async () => {
    const entries = z.object({ entries: z.array(z.object({ actor: z.string(), action: z.string(), target: z.string().nullable() })) });
    const log = entries.parse(await (await admin('/v1/console/audit?limit=1000')).json()).entries.filter((e) => e.action.startsWith('catalog.'));
    const seen = log.map((e) => `${e.action} ${e.target}`);
    for (const done of ['catalog.published 1', 'catalog.staged 2', 'catalog.paused 2', 'catalog.continued 2', 'catalog.rolled_back 3']) expect(seen).toContain(done);
    expect(new Set(log.map((e) => e.actor))).toEqual(new Set(['token']));
  });

  it('refuses what does not name a stage properly, an unknown terminal or version, and a caller without the admin token', async () => {
    expect((await admin('/v1/admin/catalog/rollouts/3', { stage: 'canary' })).status).toBe(400);
    expect((await admin('/v1/admin/catalog/rollouts/3', { stage: 'region' })).status).toBe(400);
    expect(platformErrorSchema.parse(await (await admin('/v1/admin/catalog/rollouts/3', { stage: 'canary', terminals: ['ZZZZZZ'] })).json())).toMatchObject({ error: 'unknown_terminal', message: expect.stringContaining('ZZZZZZ') });
    expect((await admin('/v1/admin/catalog/rollouts/77')).status).toBe(404);
    expect((await fetch(`${platform.url}/v1/admin/catalog/rollouts/3`)).status).toBe(401);
  });
});
