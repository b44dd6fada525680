// Signed catalog bundles end to end: an admin publishes to a real platform, a terminal pulls
// through its signed requests, and applies or refuses with the reason reported back.
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Database as Sqlite } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { loadInstalled } from '../../../electron/core/catalog/bundle/apply-bundle.js';
import { InstalledCatalogs } from '../../../electron/core/catalog/bundle/installed-catalogs.js';
import { CatalogPreparer } from '../../../electron/core/catalog/bundle/prepare-in-worker.js';
import { signBundle } from '../../../platform/protocol/bundle-sign.js';
import { CatalogPuller } from '../../../electron/core/catalog/catalog-puller.js';
import { catalogOf } from '../../../electron/core/catalog/catalog-builder.js';
import { demoCatalog } from '../../../electron/core/catalog/demo/demo-catalog.js';
import { openStore } from '../../../electron/core/store/open-store.js';
import { splitBundle } from '../../../platform/protocol/catalog.js';
import { adminToken, enrollTerminal, startTestPlatform, type TestPlatform } from '../platform/harness.js';

const key = () => generateKeyPairSync('ed25519').privateKey;
const admin1 = key();
const admin2 = key();
const stranger = key();
const trusted = [admin1, admin2].map((k) => createPublicKey(k));
/** The platform checks against the same keys, one signature enough: a terminal may ask for more. */
const platformTrust = { keys: trusted.map((k) => k.export({ type: 'spki', format: 'der' }).toString('base64')), threshold: 1 };

const payload = Buffer.from(JSON.stringify(demoCatalog));
const nextYear = new Date(Date.now() + 365 * 86_400_000);
const sign = (version: number, keys: KeyObject[] = [admin1], body = payload, expires = nextYear) => signBundle(body, keys, { version, expires, scope: '420100' });

interface Rig {
  platform: TestPlatform;
  db: Sqlite;
  installed: InstalledCatalogs;
  puller: CatalogPuller;
  publish(bundle: Buffer): Promise<Response>;
}

const rigs: Rig[] = [];
afterEach(async () => {
  for (const rig of rigs.splice(0)) {
    rig.db.close();
    await rig.platform.close();
  }
});

async function rig(trust: { threshold?: number; maxBytes?: number } = {}): Promise<Rig> {
  const platform = await startTestPlatform('pglite', { catalogTrust: platformTrust });
  const terminal = await enrollTerminal(platform);
  const db = openStore(':memory:');
  const installed = new InstalledCatalogs(db);
  const puller = new CatalogPuller(installed, {
    platform: { url: platform.url },
    terminalId: terminal.terminalId,
    privateKey: terminal.privateKey,
    trust: { keys: trusted, threshold: trust.threshold ?? 1, maxBytes: trust.maxBytes ?? 64 * 1024 * 1024 },
    // From sources there is no compiled worker: it prepares in-process.
    preparer: new CatalogPreparer(),
    view: { regionCode: '420102' },
    log: () => undefined,
  });
  const publish = (bundle: Buffer) =>
    fetch(`${platform.url}/v1/admin/catalog?stage=all`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/octet-stream' }, body: bundle });
  const r = { platform, db, installed, puller, publish };
  rigs.push(r);
  return r;
}

/** A breached platform: the bundle served to every terminal without the publish check. */
async function serveUnchecked(r: Rig, bundle: Buffer): Promise<void> {
  const version = splitBundle(bundle).manifest.version;
  await r.platform.db.query("INSERT INTO catalog_bundles (version, scope, bytes) VALUES ($1, '420100000000', $2)", [version, bundle]);
  await r.platform.db.query("INSERT INTO catalog_rollouts (version, stage) VALUES ($1, 'all')", [version]);
}

async function reported(r: Rig) {
  const { rows } = await r.platform.db.query<{ installed_version: number; refused_reason: string | null }>('SELECT installed_version, refused_reason FROM terminal_catalogs');
  return rows[0];
}

/** A terminal that already runs version 1, so a refusal can be seen to leave it alone. */
async function runningVersion1(trust?: { threshold?: number; maxBytes?: number }, keys?: KeyObject[]): Promise<Rig> {
  const r = await rig(trust);
  expect((await r.publish(sign(1, keys))).status).toBe(200);
  expect((await r.puller.pullOnce()).kind).toBe('applied');
  return r;
}

function flipLastByte(bundle: Buffer): Buffer {
  const copy = Buffer.from(bundle);
  copy[copy.length - 2] = (copy[copy.length - 2] ?? 0) ^ 0x01;
  return copy;
}

describe('catalog bundles through the platform', () => {
  it('applies a good bundle with its search index, then hears 304 and reports the version it runs', async () => {
    const r = await rig();
    expect((await r.publish(sign(1))).status).toBe(200);
    const outcome = await r.puller.pullOnce();
    if (outcome.kind !== 'applied') throw new Error(`expected the bundle applied, got ${outcome.kind}`);
    const applied = loadInstalled(r.installed);
    expect(applied?.version).toBe(1);
    // The catalog switched in at once is the one a restart would open from the store.
    const restarted = catalogOf(applied?.document, { regionCode: '420102', version: applied?.version, search: applied?.searchIndex });
    for (const catalog of [outcome.bundle.catalog, restarted]) {
      expect(catalog.version).toBe(1);
      expect(catalog.search('sbk')[0]?.code).toMatch(/^(WH-RS-00[2456]|YJS-SBK)$/);
      expect(catalog.get('WH-RS-002').name).toBe('社会保障卡补领');
    }
    expect(outcome.bundle.catalog.list()).toEqual(restarted.list());
    expect(outcome.bundle.catalog.lifeEventSummaries()).toEqual(restarted.lifeEventSummaries());
    expect(outcome.bundle.catalog.searchViews('shebao')).toEqual(restarted.searchViews('shebao'));
    expect(await r.puller.pullOnce()).toEqual({ kind: 'unchanged' });
    expect(await reported(r)).toEqual({ installed_version: 1, refused_reason: null });
  });

  // The platform takes what passes its own checks but not this terminal's (a higher threshold, a
  // smaller limit, the catalog's schema); the rest it refuses, and a breached one could serve anyway.
  const badBundles: [string, () => Buffer, 'published' | 'refused by the platform', { threshold?: number; maxBytes?: number }?][] = [
    ['untrusted_key', () => sign(2, [stranger]), 'refused by the platform'],
    ['threshold', () => sign(2, [admin1]), 'published', { threshold: 2 }],
    ['expired', () => sign(2, [admin1], payload, new Date(Date.now() - 60_000)), 'refused by the platform'],
    ['payload_hash', () => flipLastByte(sign(2)), 'refused by the platform'],
    ['payload_length', () => Buffer.concat([sign(2), Buffer.from(' ')]), 'refused by the platform'],
    ['too_large', () => sign(2, [admin1], Buffer.concat([payload, Buffer.alloc(payload.length, 0x20)])), 'published', { maxBytes: Math.ceil(payload.length * 1.5) }],
    ['schema', () => sign(2, [admin1], Buffer.from(JSON.stringify({ ...demoCatalog, items: demoCatalog.items.map((i) => (i.code === 'WH-GA-003' ? { ...i, promisedDays: 400 } : i)) }))), 'published'],
  ];

  it.each(badBundles)('refuses %s (%s), leaves version 1 in place and reports why', async (reason, make, atPlatform, trust) => {
    const keys = trust?.threshold === 2 ? [admin1, admin2] : [admin1];
    const r = await runningVersion1(trust, keys);
    const published = await r.publish(make());
    if (atPlatform === 'published') expect(published.status).toBe(200);
    else {
      expect(published.status).toBe(422);
      await serveUnchecked(r, make());
    }
    const outcome = await r.puller.pullOnce();
    expect(outcome).toMatchObject({ kind: 'refused', reason });
    if (reason === 'schema') expect(outcome.kind === 'refused' && outcome.message).toContain('WH-GA-003');
    expect(r.installed.current()?.version).toBe(1);
    expect(await reported(r)).toEqual({ installed_version: 1, refused_reason: reason });
  });

  it('refuses an old bundle a breached platform serves as new (rollback)', async () => {
    const r = await runningVersion1();
    expect((await r.publish(sign(2))).status).toBe(200);
    expect((await r.puller.pullOnce()).kind).toBe('applied');
    // The breach: version 1's bytes relabelled so the platform offers them as newest.
    await r.platform.db.query('INSERT INTO catalog_bundles (version, scope, bytes) SELECT 99, scope, bytes FROM catalog_bundles WHERE version = 1');
    await r.platform.db.query("INSERT INTO catalog_rollouts (version, stage) VALUES (99, 'all')");
    expect(await r.puller.pullOnce()).toMatchObject({ kind: 'refused', reason: 'rollback' });
    expect(r.installed.current()?.version).toBe(2);
  });

  it('keeps the previous bundle, and an admin rollback brings it back without re-taking the abandoned one', async () => {
    const r = await runningVersion1();
    expect((await r.publish(sign(2))).status).toBe(200);
    await r.puller.pullOnce();
    expect(r.installed.rollBack()).toEqual({ from: 2, to: 1 });
    expect(r.installed.current()?.version).toBe(1);
    expect(await r.puller.pullOnce()).toEqual({ kind: 'unchanged' });
  });

  it('refuses a publish without the admin token, a second bundle with the same version, and one from a stranger', async () => {
    const r = await rig();
    const noToken = await fetch(`${r.platform.url}/v1/admin/catalog`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: sign(1) });
    expect(noToken.status).toBe(401);
    expect((await r.publish(sign(1))).status).toBe(200);
    expect((await r.publish(sign(1))).status).toBe(422);
    expect((await r.publish(Buffer.from('not a bundle'))).status).toBe(400);
    expect((await r.publish(sign(2, [stranger]))).status).toBe(422);
  });
});
