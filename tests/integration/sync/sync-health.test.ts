import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Vault } from '../../../electron/core/store/vault.js';
import { beat } from '../../../electron/core/sync/heartbeat.js';
import { purgeIntervalMs } from '../../../electron/core/sync/sync-worker.js';
import { PlatformClient } from '../../../electron/core/uplink/platform-client.js';
import { loadTerminalIdentity } from '../../../electron/core/uplink/terminal-identity.js';
import { startTestPlatform, type TestPlatform } from '../platform/harness.js';
import { tongban } from '../tongban-process.js';
import { enrolledStore } from './enrolled-store.js';
import { citizen, openKiosk, type InProcessKiosk } from './kiosk-in-process.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

const dayMs = 24 * 60 * 60 * 1000;

function acceptSome(kiosk: InProcessKiosk, n: number, at: Date): string[] {
  return Array.from({ length: n }, () => kiosk.cases.accept(citizen, kiosk.terminalCode, at).id);
}

describe('a case the platform refuses for good', () => {
  it('goes to the dead letters with its reason, the rest of its batch is delivered, and `tongban outbox` shows it', async () => {
    const store = await enrolledStore(platform);
    const kiosk = openKiosk(store, 10);
    const ids = acceptSome(kiosk, 5, new Date());
    // A number not under this terminal's code: the platform refuses it, and with it the batch.
    kiosk.db.prepare("UPDATE cases SET case_number = 'ZZ9999' || substr(case_number, 7) WHERE id = ?").run(ids[2]);
    await kiosk.worker.runOnce();
    const status = kiosk.worker.status();
    expect(status).toMatchObject({ online: true, waitingUploads: 0, health: { oldestWaitingAt: null, deadLetters: 1, clockSkewMs: null } });
    expect(status.health.lastSuccessAt).not.toBeNull();
    expect(kiosk.outbox.deadLetters()).toMatchObject([{ caseId: ids[2], httpStatus: 400 }]);
    expect(kiosk.outbox.deadLetters()[0]?.reason).toContain('case_number_not_this_terminal');
    kiosk.db.close();
    const shown = await tongban(['outbox', '--data', dirname(store.storePath)]);
    expect(shown.status).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ depth: 0, deadLetters: [{ caseId: ids[2], httpStatus: 400 }] });
  });

  it('shows the oldest waiting item while the platform is out of reach', async () => {
    const store = await enrolledStore(platform);
    const enrolled = openKiosk(store, 10);
    enrolled.db.prepare("UPDATE terminal SET platform_url = 'http://127.0.0.1:9'").run();
    enrolled.db.close();
    const offline = openKiosk(store, 10);
    const first = new Date('2026-11-20T01:00:00Z');
    acceptSome(offline, 1, first);
    acceptSome(offline, 1, new Date());
    await offline.worker.runOnce();
    expect(offline.worker.status()).toMatchObject({
      online: false,
      waitingUploads: 2,
      health: { oldestWaitingAt: first.toISOString(), lastSuccessAt: null, deadLetters: 0 },
    });
    offline.db.close();
  });
});

describe('retention', () => {
  it('purges personal data the configured number of days after acknowledgement, keeping number and status', async () => {
    let now = new Date('2026-11-01T02:00:00Z');
    const kiosk = openKiosk(await enrolledStore(platform), 10, { clock: () => now, retentionDays: 30 });
    const [old] = acceptSome(kiosk, 1, now);
    await kiosk.worker.runOnce();
    now = new Date(now.getTime() + 29 * dayMs);
    const [recent] = acceptSome(kiosk, 1, now);
    await kiosk.worker.runOnce();
    const personal = (id: string | undefined) =>
      kiosk.db
        .prepare<[string], { bytes: number; purged_at: string | null; status: string; case_number: string }>(
          'SELECT length(applicant_name) + length(applicant_id_number) + length(answers) AS bytes, purged_at, status, case_number FROM cases WHERE id = ?',
        )
        .get(id ?? '');
    expect(personal(old)?.purged_at).toBeNull();
    now = new Date(now.getTime() + 2 * dayMs);
    await kiosk.worker.runOnce();
    expect(personal(old)).toMatchObject({ bytes: 0, purged_at: now.toISOString(), status: 'received_by_platform' });
    expect(kiosk.cases.findByNumber(personal(old)?.case_number ?? '')?.status).toBe('received_by_platform');
    expect(personal(recent)?.purged_at).toBeNull();
    expect(personal(recent)?.bytes).toBeGreaterThan(0);
    kiosk.db.close();
  });

  it('sweeps the store once in ten minutes, not after each citizen\'s upload, and purges what fell due meanwhile at the next sweep', async () => {
    let now = new Date('2026-11-01T02:00:00Z');
    // Nothing kept after acknowledgement: each case is due for purging as soon as it is delivered.
    const kiosk = openKiosk(await enrolledStore(platform), 10, { clock: () => now, retentionDays: 0 });
    const prepare = vi.spyOn(kiosk.db, 'prepare');
    const sweeps = () => prepare.mock.calls.filter(([sql]) => sql.includes('UPDATE material_chunks')).length;
    const held = (ids: string[]) => ids.filter((id) => kiosk.db.prepare<[string], { purged_at: string | null }>('SELECT purged_at FROM cases WHERE id = ?').get(id)?.purged_at === null);
    const [first] = acceptSome(kiosk, 1, now);
    await kiosk.worker.runOnce();
    const later: string[] = [];
    for (let citizen = 0; citizen < 5; citizen += 1) {
      now = new Date(now.getTime() + 60_000);
      later.push(...acceptSome(kiosk, 1, now));
      await kiosk.worker.runOnce();
    }
    expect(sweeps()).toBe(1);
    expect(held([first ?? ''])).toEqual([]);
    expect(held(later)).toEqual(later);
    now = new Date(now.getTime() + purgeIntervalMs);
    await kiosk.worker.runOnce();
    expect(sweeps()).toBe(2);
    expect(held(later)).toEqual([]);
    kiosk.db.close();
  });
});

describe('heartbeat', () => {
  it('carries the outbox state to the platform, which the console then shows', async () => {
    const store = await enrolledStore(platform);
    const kiosk = openKiosk(store, 10);
    acceptSome(kiosk, 2, new Date());
    const client = new PlatformClient(platform.url, loadTerminalIdentity(kiosk.db, new Vault(store.key)));
    // A terminal clock ten minutes slow: the heartbeat measures it against the platform's.
    const slow = () => new Date(Date.now() - 10 * 60_000);
    const result = await beat(client, kiosk.outbox, { versions: () => ({ app: '0.1.0' }), health: () => ({ printer: { ok: true } }), lifecycle: () => ({ state: 'inService' }) }, slow);
    expect(result.reply.config.retentionDays).toBeGreaterThan(0);
    expect(Math.round(result.clockSkewMs / 60_000)).toBe(10);
    kiosk.worker.noteClockSkew(result.clockSkewMs);
    expect(kiosk.worker.status().health.clockSkewMs).toBe(Math.round(result.clockSkewMs));
    const { rows } = await platform.db.query<{ outbox_depth: number; stuck: number | null }>('SELECT outbox_depth, stuck FROM terminal_status WHERE terminal_id = $1', [
      store.terminalId,
    ]);
    expect(rows[0]).toEqual({ outbox_depth: 2, stuck: 0 });
    kiosk.db.close();
  });
});
