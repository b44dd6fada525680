// Verify, schema check and pinyin index in a worker thread, as the built core does, from sources.
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { applyBundle, loadInstalled } from '../../../electron/core/catalog/bundle/apply-bundle.js';
import { InstalledCatalogs } from '../../../electron/core/catalog/bundle/installed-catalogs.js';
import { CatalogPreparer } from '../../../electron/core/catalog/bundle/prepare-in-worker.js';
import { signBundle } from '../../../platform/protocol/bundle-sign.js';
import { BundleRefusedError } from '../../../platform/protocol/bundle-verify.js';
import { catalogOf } from '../../../electron/core/catalog/catalog-builder.js';
import { demoCatalog } from '../../../electron/core/catalog/demo/demo-catalog.js';
import { snapshotOf } from '../../../electron/core/catalog/search.js';
import { syntheticCatalog } from '../../fixtures/synthetic-catalog.js';
import { openStore } from '../../../electron/core/store/open-store.js';

const worker = new CatalogPreparer({
  url: new URL('../../../electron/core/catalog/bundle/prepare-worker.ts', import.meta.url),
  execArgv: ['--import', new URL('../../support/ts-source-register.mjs', import.meta.url).href],
});
afterAll(() => worker.close());

const admin = generateKeyPairSync('ed25519').privateKey;
const policy = () => ({ keys: [createPublicKey(admin)], threshold: 1, maxBytes: 64 * 1024 * 1024, now: new Date() });
const bundle = (version: number, signer = admin) =>
  signBundle(Buffer.from(JSON.stringify(demoCatalog)), [signer], { version, expires: new Date(Date.now() + 86_400_000), scope: '420100' });

describe('applying a bundle prepared in a worker thread', () => {
  it('stores the payload and index in parts and reads them back whole', async () => {
    const installed = new InstalledCatalogs(openStore(':memory:'));
    const applied = await applyBundle(bundle(1), installed, policy(), worker);
    expect(applied).toMatchObject({ version: 1, itemCount: demoCatalog.items.length });
    const loaded = loadInstalled(installed);
    expect(loaded?.version).toBe(1);
    expect(loaded?.document).toEqual(demoCatalog);
    expect(loaded?.searchIndex).toEqual(snapshotOf([...demoCatalog.items, ...demoCatalog.lifeEvents]));
  });

  it("puts together, as the runs pass, the same catalog this terminal's region would open from the store", async () => {
    const view = { regionCode: '420102' };
    const applied = await applyBundle(bundle(1), new InstalledCatalogs(openStore(':memory:')), policy(), worker, view);
    const whole = catalogOf(demoCatalog, view);
    expect(applied.catalog.version).toBe(1);
    expect(applied.catalog.list()).toEqual(whole.list());
    expect(applied.catalog.list().length).toBeLessThan(demoCatalog.items.length); // the region left some out
    expect(applied.catalog.lifeEventSummaries()).toEqual(whole.lifeEventSummaries());
    expect(applied.catalog.benefits).toEqual(whole.benefits);
    // 情景式导办 trees travel in the signed bundle through the worker, like the 一件事 they lead to.
    expect(applied.catalog.situations().map((x) => x.code)).toEqual(whole.situations().map((x) => x.code));
    expect(applied.catalog.situations()).toHaveLength(demoCatalog.situations.length);
    for (const query of ['社保卡', 'shebaoka', 'sbk', 'yyzz', 'chusheng']) expect(applied.catalog.searchViews(query)).toEqual(whole.searchViews(query));
  });

  it('brings a refusal back with its reason and leaves the store untouched', async () => {
    const installed = new InstalledCatalogs(openStore(':memory:'));
    await applyBundle(bundle(1), installed, policy(), worker);
    const refusal = applyBundle(bundle(2, generateKeyPairSync('ed25519').privateKey), installed, policy(), worker);
    await expect(refusal).rejects.toBeInstanceOf(BundleRefusedError);
    await expect(refusal).rejects.toMatchObject({ reason: 'untrusted_key', version: 2 });
    expect(installed.current()?.version).toBe(1);
    expect(installed.lastRefusal()?.reason).toBe('untrusted_key');
  });

  it('refuses an item failing the schema after earlier ones were streamed, and the same worker then applies a good bundle', async () => {
    const installed = new InstalledCatalogs(openStore(':memory:'));
    await applyBundle(bundle(1), installed, policy(), worker);
    const { items } = syntheticCatalog(900);
    const broken = items.map((item, i) => (i === 700 ? { ...item, promisedDays: -1 } : item));
    const badPayload = Buffer.from(JSON.stringify({ items: broken, lifeEvents: [], benefits: [] }));
    const bad = signBundle(badPayload, [admin], { version: 2, expires: new Date(Date.now() + 86_400_000), scope: '420100' });
    await expect(applyBundle(bad, installed, policy(), worker)).rejects.toMatchObject({ reason: 'schema', message: expect.stringContaining('SY-000700') });
    expect(installed.current()?.version).toBe(1);
    const applied = await applyBundle(bundle(3), installed, policy(), worker);
    expect(applied.version).toBe(3);
    expect(loadInstalled(installed)?.document).toEqual(demoCatalog);
  });

  it('refuses a payload that is not a catalog, saying what and where, and keeps the installed one', async () => {
    const installed = new InstalledCatalogs(openStore(':memory:'));
    await applyBundle(bundle(1), installed, policy(), worker);
    const items = JSON.stringify(demoCatalog.items);
    const payloads: [string, RegExp][] = [
      ['{"items": [', /payload is not a catalog's JSON: .* at byte/],
      [`{"items":${items},"lifeEvents":[],"benefits":[],"items":[]}`, /member "items" appears twice/],
      [`{"items":${items},"lifeEvents":[]}`, /it has items, lifeEvents, not items, lifeEvents and benefits/],
      [`{"items":${items.replace('"WH-', '"WH-\\x')},"lifeEvents":[],"benefits":[]}`, /item #0 to #\d+ are not all JSON/],
    ];
    let version = 2;
    for (const [text, reason] of payloads) {
      const bad = signBundle(Buffer.from(text), [admin], { version: version++, expires: new Date(Date.now() + 86_400_000), scope: '420100' });
      await expect(applyBundle(bad, installed, policy(), worker), text.slice(0, 40)).rejects.toMatchObject({ reason: 'schema', message: expect.stringMatching(reason) });
    }
    expect(installed.current()?.version).toBe(1);
  });
});
