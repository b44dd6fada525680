// One case the platform fails (500) and one it refuses (422) must not hold back the cases behind
// them: the refused one is dead-lettered, the failing one retried alone, flagged, and kept.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/core/store/open-store.js';
import { Vault } from '../../../electron/core/store/vault.js';
import { beat } from '../../../electron/core/sync/heartbeat.js';
import { stuckAfterFailures } from '../../../electron/core/sync/outbox.js';
import { PlatformClient } from '../../../electron/core/uplink/platform-client.js';
import { loadTerminalIdentity, saveTerminalIdentity } from '../../../electron/core/uplink/terminal-identity.js';
import { tongban } from '../tongban-process.js';
import type { EnrolledStore } from './enrolled-store.js';
import { citizen, openKiosk, type InProcessKiosk } from './kiosk-in-process.js';
import { startPlatformStub, type PlatformStub } from './platform-stub.js';

let stub: PlatformStub;
beforeAll(async () => {
  stub = await startPlatformStub();
});
afterAll(() => stub.close());

/** A store enrolled earlier, now pointed at the stub (which checks no signature). */
function storeFor(url: string): EnrolledStore {
  const storePath = join(mkdtempSync(join(tmpdir(), 'tongban-stuck-')), 'kiosk.sqlite');
  const key = randomBytes(32);
  const db = openStore(storePath);
  const reply = { terminalId: 't-1', terminalCode: 'WH0001', terminalName: '1 号终端', hallName: '测试大厅', regionCode: '420100', platformTime: '' };
  saveTerminalIdentity(db, new Vault(key), reply, url, generateKeyPairSync('ed25519').privateKey);
  db.close();
  return { storePath, key, terminalId: 't-1' };
}

const accept = (kiosk: InProcessKiosk) => kiosk.cases.accept(citizen, kiosk.terminalCode).id;

describe('a case the platform fails and one it refuses', () => {
  it('hold back no case behind them; the refused one is dead-lettered, the failing one retried alone, flagged as stuck, and kept', async () => {
    const store = storeFor(stub.url);
    const kiosk = openKiosk(store, 10);
    const ids = Array.from({ length: 6 }, () => accept(kiosk));
    const [failing = '', refused = ''] = [ids[1], ids[3]];
    stub.failing.add(failing);
    stub.refusing.add(refused);

    await kiosk.worker.runOnce();
    expect(stub.stored).toEqual(ids.filter((id) => id !== failing && id !== refused));
    expect(kiosk.outbox.deadLetters()).toMatchObject([{ caseId: refused, httpStatus: 422 }]);
    expect(kiosk.outbox.deadLetters()[0]?.reason).toContain('applicant.name');
    expect(kiosk.outbox.health()).toMatchObject({ depth: 1, deadLetters: 1, stuck: 0 });

    // Citizens keep coming: each pass their cases go up in a batch, the failing one alone after it.
    for (let pass = 2; pass <= stuckAfterFailures; pass += 1) {
      const behind = accept(kiosk);
      await kiosk.worker.runOnce();
      expect(stub.stored).toContain(behind);
      expect(stub.batches.at(-1)).toEqual([failing]);
    }
    expect(stub.batches.filter((batch) => batch.length > 1 && batch.includes(failing))).toHaveLength(1);
    expect(kiosk.worker.status()).toMatchObject({ online: true, waitingUploads: 1, health: { stuck: 1, deadLetters: 1 } });
    expect(kiosk.outbox.stuck()).toMatchObject([{ caseId: failing, failures: stuckAfterFailures, lastError: expect.stringContaining('500') }]);
    expect(kiosk.db.prepare('SELECT status FROM cases WHERE id = ?').get(failing)).toEqual({ status: 'accepted_on_terminal' });

    // The platform hears of it in the heartbeat, a technician in `tongban outbox`.
    const client = new PlatformClient(stub.url, loadTerminalIdentity(kiosk.db, new Vault(store.key)));
    await beat(client, kiosk.outbox, { versions: () => ({}), health: () => ({}), lifecycle: () => ({ state: 'inService' }) });
    expect(stub.heartbeats.at(-1)?.outbox).toMatchObject({ depth: 1, deadLetters: 1, stuck: 1 });
    const shown = await tongban(['outbox', '--data', dirname(store.storePath)]);
    expect(JSON.parse(shown.stdout)).toMatchObject({ depth: 1, stuck: [{ caseId: failing, failures: stuckAfterFailures }], deadLetters: [{ caseId: refused }] });

    // Mended, the platform takes it: nothing is stuck, nothing waits.
    stub.failing.clear();
    kiosk.db.prepare("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE delivered_at IS NULL").run();
    await kiosk.worker.runOnce();
    expect(stub.stored).toContain(failing);
    expect(kiosk.outbox.health()).toMatchObject({ depth: 0, stuck: 0, deadLetters: 1 });
    kiosk.db.close();
  });

  it('while a balancer answers 503 for a platform that is not there, counts nothing against the cases and sends no one alone', async () => {
    const kiosk = openKiosk(storeFor(stub.url), 10);
    const ids = Array.from({ length: 4 }, () => accept(kiosk));
    const before = stub.batches.length;
    stub.down = true;
    try {
      for (let pass = 0; pass < stuckAfterFailures + 1; pass += 1) {
        kiosk.db.prepare("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE delivered_at IS NULL").run();
        await kiosk.worker.runOnce();
      }
    } finally {
      stub.down = false;
    }
    expect(stub.batches.length).toBe(before);
    expect(kiosk.worker.status()).toMatchObject({ online: false, waitingUploads: 4, health: { stuck: 0 } });
    expect(kiosk.db.prepare('SELECT max(failures) AS failures FROM outbox').get()).toEqual({ failures: 0 });
    kiosk.db.prepare("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE delivered_at IS NULL").run();
    await kiosk.worker.runOnce();
    expect(stub.batches.at(-1)).toEqual(ids);
    expect(kiosk.outbox.depth()).toBe(0);
    kiosk.db.close();
  });
});
