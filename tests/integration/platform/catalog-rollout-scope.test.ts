// Who may move a catalog version is decided by the bundle's scope, not only by where the account
// sits: a district admin may not pause, widen or roll back what the city published for all its
// districts, and the console's rollback (recall) sends each terminal running the version back to
// the catalog it kept.
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBundle } from '../../../platform/protocol/bundle-sign.js';
import { recallReplySchema, rolloutReplySchema, rolloutSchema } from '../../../platform/protocol/catalog-rollout.js';
import { heartbeatReplySchema, platformErrorSchema, type Heartbeat } from '../../../platform/protocol/index.js';
import { as, auditActions, makeAccount, signIn, withToken, type SignedIn } from './console-client.js';
import { databaseKinds, enrollTerminal, hall, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const signer = generateKeyPairSync('ed25519').privateKey;
const trust = { keys: [createPublicKey(signer).export({ type: 'spki', format: 'der' }).toString('base64')], threshold: 1 };
const bundle = (version: number, scope: string) =>
  signBundle(Buffer.from(JSON.stringify({ items: [], lifeEvents: [], benefits: [], version })), [signer], { version, expires: new Date(Date.now() + 365 * 86_400_000), scope });

const beat = (installedVersion: number): Heartbeat => ({
  sentAt: new Date().toISOString(),
  versions: { app: '0.1.0' },
  health: {},
  outbox: { depth: 0, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0 },
  catalog: { installedVersion },
});

describe.each(databaseKinds)('the scope of a catalog version decides who moves it, on %s', (kind) => {
  let platform: TestPlatform;
  /** The 江岸区 (420102) admin, and the 武汉市 (420100) one. */
  let district: SignedIn, city: SignedIn;
  /** A in 江岸区, the canary; B in 武昌区 (420106). */
  let a: TestTerminal, b: TestTerminal;

  const publish = (version: number, scope: string, query = '') =>
    fetch(`${platform.url}/v1/admin/catalog${query}`, { method: 'POST', headers: { authorization: 'Bearer test-admin-token-0123456789', 'content-type': 'application/octet-stream' }, body: bundle(version, scope) });
  const reply = async (t: TestTerminal, installed: number) => heartbeatReplySchema.parse(await (await signedFetch(platform, t, '/v1/heartbeats', { body: JSON.stringify(beat(installed)) })).json());
  const catalogActionsBy = async (actor: string) =>
    (await auditActions(platform)).filter((e) => e.actor === actor && e.action.startsWith('catalog.')).map((e) => `${e.action} ${e.target}`);
  const state = async (version: number) => rolloutReplySchema.parse(await (await withToken(platform, `/v1/admin/catalog/rollouts/${version}`)).json()).rollout;

  beforeAll(async () => {
    platform = await startTestPlatform(kind, { catalogTrust: trust });
    await makeAccount(platform, 'zhang', 'admin', '420102');
    await makeAccount(platform, 'wang', 'admin', '420100');
    [district, city] = [await signIn(platform, 'zhang'), await signIn(platform, 'wang')];
    [a, b] = [await enrollTerminal(platform, { ...hall, regionCode: '420102' }), await enrollTerminal(platform, { ...hall, regionCode: '420106' })];
    expect((await publish(1, '420100', '?stage=all')).status).toBe(200);
    expect((await publish(2, '420100', `?stage=canary&terminals=${a.terminalCode}`)).status).toBe(200);
    await reply(a, 2);
    await reply(b, 1);
  });
  afterAll(() => platform.close());

  it("refuses a district admin every move of the city's version, in both languages, changing nothing", async () => {
    const moves = [
      ['pause', {}],
      ['continue', {}],
      ['', { stage: 'region', regionCode: '420102' }],
      ['recall', {}],
    ] as const;
    for (const [move, body] of moves) {
      const res = await as(platform, district, `/v1/admin/catalog/rollouts/2${move && `/${move}`}`, { body });
      expect(res.status).toBe(403);
      const { message } = platformErrorSchema.parse(await res.json());
      expect(message).toContain('版本 2 适用于 420100，超出账号 zhang 的区域 420102');
      expect(message).toContain('version 2 is for region 420100, beyond region 420102');
    }
    expect(await state(2)).toMatchObject({ stage: 'canary', state: 'active' });
    expect((await reply(a, 2)).remoteCommands ?? []).toEqual([]);
    expect(await catalogActionsBy('zhang')).toEqual([]);
  });

  it('lets the city admin pause, continue and widen it, but not to a region outside its scope', async () => {
    expect(rolloutSchema.parse(await (await as(platform, city, '/v1/admin/catalog/rollouts/2/pause', { body: {} })).json()).state).toBe('paused');
    expect(rolloutSchema.parse(await (await as(platform, city, '/v1/admin/catalog/rollouts/2/continue', { body: {} })).json()).state).toBe('active');
    const outside = await as(platform, city, '/v1/admin/catalog/rollouts/2', { body: { stage: 'region', regionCode: '420200' } });
    expect(outside.status).toBe(422);
    expect(platformErrorSchema.parse(await outside.json()).message).toContain('区域 420200 不在版本 2 的适用区域内');
    expect((await reply(b, 1)).catalogVersion).toBe(1);
    expect(rolloutSchema.parse(await (await as(platform, city, '/v1/admin/catalog/rollouts/2', { body: { stage: 'region', regionCode: '420106' } })).json())).toMatchObject({ stage: 'region' });
    expect((await reply(b, 1)).catalogVersion).toBe(2);
  });

  it('recalls the version: offered to none, and each terminal running it told to go back to the catalog it kept', async () => {
    const done = recallReplySchema.parse(await (await as(platform, city, '/v1/admin/catalog/rollouts/2/recall', { body: {} })).json());
    expect(done).toMatchObject({ rollout: { version: 2, state: 'rolled_back' }, restores: 1, terminals: [a.terminalCode] });
    const toA = await reply(a, 2);
    expect(toA.catalogVersion).toBe(1);
    expect(toA.remoteCommands?.map((c) => c.kind)).toEqual(['catalog.rollback']);
    const toB = await reply(b, 1);
    expect(toB.catalogVersion).toBe(1);
    expect(toB.remoteCommands ?? []).toEqual([]);
    expect((await as(platform, city, '/v1/admin/catalog/rollouts/2/recall', { body: {} })).status).toBe(409);
    expect(await catalogActionsBy('wang')).toEqual([
      'catalog.paused 2',
      'catalog.continued 2',
      'catalog.staged 2',
      'catalog.rolled_back 2',
    ]);
  });

  it("lets the district admin move a version for the district alone, and refuses it a city-wide publish", async () => {
    expect((await publish(3, '420102', `?stage=canary&terminals=${a.terminalCode}`)).status).toBe(200);
    expect((await as(platform, district, '/v1/admin/catalog/rollouts/3/pause', { body: {} })).status).toBe(200);
    const cityWide = await fetch(`${platform.url}/v1/admin/catalog`, {
      method: 'POST',
      headers: { cookie: district.cookie, 'x-csrf-token': district.csrfToken, 'content-type': 'application/octet-stream' },
      body: bundle(4, '420100'),
    });
    expect(cityWide.status).toBe(403);
    expect(platformErrorSchema.parse(await cityWide.json()).message).toContain('版本 4 适用于 420100');
  });
});
