// The kiosk's own background pull: trust handed over at enrollment, a bundle applied while the
// kiosk runs, and the new catalog offered from the next request on.
import { createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import type { KioskStatus, ItemSummary, SearchHit } from '../../../electron/api/values.js';
import { signBundle } from '../../../platform/protocol/bundle-sign.js';
import { demoCatalog } from '../../../electron/core/catalog/demo/demo-catalog.js';
import { coreConfigSchema } from '../../../electron/core/config/core-config.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { openKiosk, type RunningKiosk } from '../../../electron/core/open-kiosk.js';
import { createEnrollmentToken } from '../../../platform/enrollment/tokens.js';
import type { CatalogTrust } from '../../../platform/protocol/index.js';
import { adminToken, hall, startTestPlatform, type TestPlatform } from '../platform/harness.js';

const admin = generateKeyPairSync('ed25519').privateKey;
const adminPub = createPublicKey(admin).export({ type: 'spki', format: 'der' }).toString('base64');
const renamed = '社会保障卡补领（远程更新）';

/** The demo catalog with one item renamed, so the screen can tell which catalog answers. */
function updatedBundle(): Buffer {
  const items = demoCatalog.items.map((item) => (item.code === 'WH-RS-002' ? { ...item, name: renamed } : item));
  const payload = Buffer.from(JSON.stringify({ ...demoCatalog, items }));
  return signBundle(payload, [admin], { version: 1, expires: new Date(Date.now() + 86_400_000), scope: '420100' });
}

const running: { platform: TestPlatform; kiosk?: RunningKiosk }[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.kiosk?.close();
    await r.platform.close();
  }
});

/** A kiosk enrolled on a platform that hands out `trust`, with a log a test can wait on. */
async function kioskOn(trust: CatalogTrust | undefined, bundle: Buffer | undefined, awaited: RegExp) {
  const platform = await startTestPlatform('pglite', trust ? { catalogTrust: trust } : {});
  const r: (typeof running)[number] = { platform };
  running.push(r);
  if (bundle) {
    const published = await fetch(`${platform.url}/v1/admin/catalog?stage=all`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/octet-stream' }, body: bundle });
    // A platform with no trust set refuses to publish what its terminals would refuse.
    expect(published.status).toBe(trust ? 200 : 422);
  }
  const { token } = await createEnrollmentToken(platform.db, hall);
  const dir = mkdtempSync(join(tmpdir(), 'tongban-live-catalog-'));
  const config = coreConfigSchema.parse({
    dataDir: dir,
    key: { kind: 'file', path: join(dir, 'store.key') },
    enrollment: { platformUrl: platform.url, token },
    devices: { idcard: { kind: 'simulated' }, printer: { kind: 'simulated', paper: 80 } },
  });
  const lines: string[] = [];
  // What the screen had heard when the awaited line was logged (a catalog is applied after
  // openKiosk returns, over the network, so the listener below is there in time).
  const statuses: KioskStatus[] = [];
  let heardBefore: KioskStatus | undefined;
  let heard: (line: string) => void = () => undefined;
  const seen = new Promise<string>((resolve) => (heard = resolve));
  const log = (line: string) => {
    lines.push(line);
    if (!awaited.test(line)) return;
    heardBefore = statuses.at(-1);
    heard(line);
  };
  const opened = openKiosk(config, log).then((kiosk) => {
    kiosk.onStatus((status) => statuses.push(status));
    return (r.kiosk = kiosk);
  });
  // The awaited line may come before or after openKiosk returns: wait for both.
  return { lines, dir, heardBefore: () => heardBefore, ready: async () => (await Promise.all([opened, seen]))[0] };
}

async function ask<T>(kiosk: RunningKiosk, name: string, payload: unknown): Promise<T> {
  const reply = await dispatch(kiosk.handlers, name, payload, () => undefined);
  if (!reply.ok) throw new Error(`${name} failed`);
  return reply.value as T;
}

describe('catalog updates on a running kiosk', () => {
  it('pulls with the keys given at enrollment and switches the new catalog in live', async () => {
    const rig = await kioskOn({ keys: [adminPub], threshold: 1 }, updatedBundle(), /catalog: now offering version 1/);
    const kiosk = await rig.ready();
    const list = await ask<ItemSummary[]>(kiosk, 'catalog.list', {});
    expect(list.find((i) => i.code === 'WH-RS-002')?.name).toBe(renamed);
    const hits = await ask<SearchHit[]>(kiosk, 'catalog.search', { query: '远程更新' });
    expect(hits[0]?.code).toBe('WH-RS-002');
  });

  it('puts the terminal in service once the signed catalog is applied, and tells the screen', async () => {
    const rig = await kioskOn({ keys: [adminPub], threshold: 1 }, updatedBundle(), /catalog: now offering version 1/);
    const kiosk = await rig.ready();
    expect(await ask<KioskStatus>(kiosk, 'kiosk.status', {})).toMatchObject({ demo: false, service: { state: 'inService' } });
    expect(rig.heardBefore()?.service).toEqual({ state: 'inService' });
  });

  it('keeps an enrolled terminal with no signed catalog out of service: no demo items, no case taken', async () => {
    const rig = await kioskOn(undefined, undefined, /catalog updates are off/);
    const kiosk = await rig.ready();
    expect(await ask<KioskStatus>(kiosk, 'kiosk.status', {})).toMatchObject({ demo: false, service: { state: 'outOfService', reason: 'noTrustedCatalog' } });
    const identity = ['identity.typed', { idNumber: '420103199003120029', name: '陈晓欣' }] as const;
    for (const [name, payload] of [['catalog.list', {}], ['catalog.search', { query: '社保卡' }], ['catalog.lifeEvents', {}], ['form.get', { itemCode: 'WH-RS-002' }], identity] as const) {
      expect(await dispatch(kiosk.handlers, name, payload, () => undefined)).toMatchObject({ ok: false, error: { code: 'OUT_OF_SERVICE', en: { message: expect.stringContaining('12345') } } });
    }
    const submitted = await dispatch(kiosk.handlers, 'case.submit', { submissionId: randomUUID(), itemCode: 'WH-RS-002', answers: { 'delivery.method': 'post' } }, () => undefined);
    expect(submitted).toMatchObject({ ok: false, error: { code: 'OUT_OF_SERVICE' } });
    const db = new BetterSqlite3(join(rig.dir, 'kiosk.sqlite'), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    db.close();
  });

  it('asks for no bundle when the platform named no catalog keys', async () => {
    const rig = await kioskOn(undefined, updatedBundle(), /catalog updates are off/);
    await rig.ready();
    expect(rig.lines.some((l) => l.includes('applied'))).toBe(false);
  });
});
