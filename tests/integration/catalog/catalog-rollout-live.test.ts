// A staged rollout through running kiosk cores and a real platform: each kiosk hears the version
// meant for it in its heartbeat reply and fetches it at once (its own poll is 15 minutes away),
// and the platform's adoption view shows what each one did with it.
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ItemSummary } from '../../../electron/api/values.js';
import { demoCatalog } from '../../../electron/core/catalog/demo/demo-catalog.js';
import { coreConfigSchema } from '../../../electron/core/config/core-config.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { openKiosk, type RunningKiosk } from '../../../electron/core/open-kiosk.js';
import { loadOrCreateKeyFile } from '../../../electron/core/store/key-file.js';
import { openStore } from '../../../electron/core/store/open-store.js';
import { Vault } from '../../../electron/core/store/vault.js';
import { saveTerminalIdentity } from '../../../electron/core/uplink/terminal-identity.js';
import { createEnrollmentToken } from '../../../platform/enrollment/tokens.js';
import { signBundle } from '../../../platform/protocol/bundle-sign.js';
import { rollbackReplySchema, rolloutReplySchema, type RolloutTarget } from '../../../platform/protocol/catalog-rollout.js';
import { enrollReplySchema, type CatalogTrust } from '../../../platform/protocol/index.js';
import { adminToken, hall, newKeyPair, postJson, startTestPlatform, type TestPlatform } from '../platform/harness.js';

const admin = generateKeyPairSync('ed25519').privateKey;
const spki = (k: KeyObject) => createPublicKey(k).export({ type: 'spki', format: 'der' }).toString('base64');
const trusted: CatalogTrust = { keys: [spki(admin)], threshold: 1 };
/** What a terminal enrolled under an older trust set holds: not the key that signs now. */
const stale: CatalogTrust = { keys: [spki(generateKeyPairSync('ed25519').privateKey)], threshold: 1 };

const originalName = '社会保障卡补领';
const renamed = '社会保障卡补领（新版）';
const original = Buffer.from(JSON.stringify(demoCatalog));
const updated = Buffer.from(JSON.stringify({ ...demoCatalog, items: demoCatalog.items.map((item) => (item.code === 'WH-RS-002' ? { ...item, name: renamed } : item)) }));
const sign = (version: number, payload: Buffer) => signBundle(payload, [admin], { version, expires: new Date(Date.now() + 86_400_000), scope: '420100' });

interface Kiosk {
  id: string;
  code: string;
  lines: string[];
  kiosk: RunningKiosk;
}

describe('a staged catalog rollout reaching running kiosks through their heartbeats', () => {
  let platform: TestPlatform;
  let canary: Kiosk, other: Kiosk, refusing: Kiosk;
  const kiosks: Kiosk[] = [];

  /** A kiosk enrolled (with the trust it was given then) and started; its log kept. */
  async function startKiosk(trust: CatalogTrust): Promise<Kiosk> {
    const { token } = await createEnrollmentToken(platform.db, hall);
    const { publicKey, privateKey } = newKeyPair();
    const reply = enrollReplySchema.parse(await (await postJson(`${platform.url}/v1/enroll`, { token, publicKey })).json());
    const dir = mkdtempSync(join(tmpdir(), 'tongban-rollout-'));
    const store = openStore(join(dir, 'kiosk.sqlite'));
    saveTerminalIdentity(store, new Vault(loadOrCreateKeyFile(join(dir, 'store.key'))), { ...reply, catalogTrust: trust }, platform.url, privateKey);
    store.close();
    const config = coreConfigSchema.parse({ dataDir: dir, key: { kind: 'file', path: join(dir, 'store.key') }, devices: { idcard: { kind: 'simulated' }, printer: { kind: 'simulated', paper: 80 } } });
    const lines: string[] = [];
    const started = { id: reply.terminalId, code: reply.terminalCode, lines, kiosk: await openKiosk(config, (line) => lines.push(line)) };
    kiosks.push(started);
    return started;
  }

  const adminCall = async (path: string, body?: Buffer | object) => {
    const res = await fetch(`${platform.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${adminToken}`, ...(body !== undefined && { 'content-type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json' }) },
      ...(body !== undefined && { body: Buffer.isBuffer(body) ? body : JSON.stringify(body) }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as unknown;
  };
  const stage = (version: number, target: RolloutTarget) => adminCall(`/v1/admin/catalog/rollouts/${version}`, target);
  const adoption = async (version: number) => rolloutReplySchema.parse(await adminCall(`/v1/admin/catalog/rollouts/${version}`));
  const logged = (k: Kiosk, line: string) => vi.waitFor(() => expect(k.lines.some((l) => l.includes(line)), line).toBe(true), { timeout: 20_000, interval: 50 });
  const itemName = async (k: Kiosk) => {
    const reply = await dispatch(k.kiosk.handlers, 'catalog.list', {}, () => undefined);
    return reply.ok ? (reply.value as ItemSummary[]).find((i) => i.code === 'WH-RS-002')?.name : undefined;
  };

  /** Two heartbeats from the kiosk after this moment: the first reply was answered and acted on before the second was sent. */
  async function twoBeatsFrom(k: Kiosk): Promise<void> {
    const receivedAt = async () => (await platform.db.query<{ at: Date }>('SELECT received_at AS at FROM terminal_status WHERE terminal_id = $1', [k.id])).rows[0]?.at.getTime() ?? 0;
    let seen = await receivedAt();
    for (let beat = 0; beat < 2; beat++) {
      const before = seen;
      await vi.waitFor(async () => expect((seen = await receivedAt()) > before).toBe(true), { timeout: 20_000, interval: 50 });
    }
  }

  beforeAll(async () => {
    platform = await startTestPlatform('pglite', { catalogTrust: trusted, fleet: { heartbeatIntervalSeconds: 1, retentionDays: 30 } });
    await adminCall('/v1/admin/catalog?stage=all', sign(1, original));
    [canary, other, refusing] = [await startKiosk(trusted), await startKiosk(trusted), await startKiosk(stale)];
    await logged(canary, 'now offering version 1');
    await logged(other, 'now offering version 1');
    await logged(refusing, 'refused bundle version 1');
  });
  afterAll(async () => {
    for (const k of kiosks) await k.kiosk.close();
    await platform.close();
  });

  it('brings a canary version to the canaries at their next heartbeat, not to the others; a refusal shows with its reason', async () => {
    await adminCall('/v1/admin/catalog', sign(2, updated));
    await stage(2, { stage: 'canary', terminals: [canary.code, refusing.code] });
    await logged(canary, 'now offering version 2');
    expect(await itemName(canary)).toBe(renamed);
    await logged(refusing, 'refused bundle version 2');
    await twoBeatsFrom(other);
    expect(await itemName(other)).toBe(originalName);
    await twoBeatsFrom(refusing);
    const view = await adoption(2);
    expect(view.terminals.map(({ terminalCode, adoption: a }) => [terminalCode, a]).sort()).toEqual([[canary.code, 'installed'], [refusing.code, 'refused']].sort());
    expect(view.terminals.find((t) => t.terminalId === refusing.id)?.refused).toMatchObject({ reason: 'untrusted_key' });
    // The fleet console's page reads the catalog each terminal runs from its heartbeat's versions.
    await twoBeatsFrom(canary);
    const versions = async (k: Kiosk) => (await platform.db.query<{ v: Record<string, string> }>('SELECT versions AS v FROM terminal_status WHERE terminal_id = $1', [k.id])).rows[0]?.v;
    expect(await versions(canary)).toMatchObject({ catalog: '2' });
    expect(await versions(other)).toMatchObject({ catalog: '1' });
  });

  it('gives a paused version to no terminal new to it, and resumes on continue', async () => {
    await adminCall('/v1/admin/catalog/rollouts/2/pause', {});
    await stage(2, { stage: 'all' });
    expect((await adoption(2)).terminals.find((t) => t.terminalId === other.id)?.adoption).toBe('waiting');
    await twoBeatsFrom(other);
    expect(await itemName(other)).toBe(originalName);
    await adminCall('/v1/admin/catalog/rollouts/2/continue', {});
    await logged(other, 'now offering version 2');
    expect(await itemName(other)).toBe(renamed);
  });

  it('rolls the fleet back: the previous catalog, signed again as version 3, replaces version 2 at the next heartbeat', async () => {
    expect(rollbackReplySchema.parse(await adminCall('/v1/admin/catalog/rollouts/2/rollback', sign(3, original)))).toMatchObject({ rolledBack: 2, version: 3, restores: 1 });
    for (const k of [canary, other]) {
      await logged(k, 'now offering version 3');
      expect(await itemName(k)).toBe(originalName);
    }
  });
});
