// Materials (document images) in hash-checked chunks: a lost chunk is resent, nothing is doubled.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../platform/harness.js';
import { enrolledStore } from './enrolled-store.js';
import { citizen, deliverAll, openKiosk } from './kiosk-in-process.js';
import { filesHolding } from './store-files.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function held(materialId: string): Promise<{ chunks: number; bytes: Buffer; complete: boolean }> {
  const { rows } = await platform.db.query<{ bytes: Uint8Array }>('SELECT bytes FROM material_chunks WHERE material_id = $1 ORDER BY n', [materialId]);
  const { rows: m } = await platform.db.query<{ complete: boolean }>('SELECT completed_at IS NOT NULL AS complete FROM materials WHERE id = $1', [materialId]);
  return { chunks: rows.length, bytes: Buffer.concat(rows.map((r) => r.bytes)), complete: m[0]?.complete ?? false };
}

describe('materials', () => {
  it('go up chunk by chunk; a chunk lost on the way is resent, a resent chunk is not stored twice', async () => {
    const store = await enrolledStore(platform);
    const kiosk = openKiosk(store, 10);
    const accepted = kiosk.cases.accept(citizen, kiosk.terminalCode);
    const image = randomBytes(150_000);
    const materialId = kiosk.materials.add({ caseId: accepted.id, name: '户口簿首页', bytes: image }, new Date(), 40_000);
    // Chunk 2 does not make it this time: its row waits for later.
    kiosk.db.prepare(
      "UPDATE outbox SET next_attempt_at = '9999-01-01T00:00:00.000Z' WHERE chunk_id = (SELECT id FROM material_chunks WHERE material_id = ? AND n = 2)",
    ).run(materialId);
    await kiosk.worker.runOnce();
    expect(await held(materialId)).toMatchObject({ chunks: 3, complete: false });
    expect(kiosk.materials.uploaded(materialId)).toBe(false);
    kiosk.db.prepare("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE delivered_at IS NULL").run();
    await deliverAll(kiosk, 3);
    const whole = await held(materialId);
    expect(whole).toMatchObject({ chunks: 4, complete: true });
    expect(sha256(whole.bytes)).toBe(sha256(image));
    expect(kiosk.materials.uploaded(materialId)).toBe(true);
    // The replies were lost: every chunk is sent again, and acknowledged without a second copy.
    kiosk.db.prepare('UPDATE outbox SET delivered_at = NULL WHERE chunk_id IS NOT NULL').run();
    await deliverAll(kiosk, 3);
    expect(await held(materialId)).toMatchObject({ chunks: 4, complete: true });
    expect(kiosk.outbox.deadLetters()).toEqual([]);
    kiosk.db.close();
  });

  it('are kept sealed on the terminal, never as the plain image, and reach the platform whole', async () => {
    const store = await enrolledStore(platform);
    const kiosk = openKiosk(store, 10);
    const accepted = kiosk.cases.accept(citizen, kiosk.terminalCode);
    const image = Buffer.from('扫描件'.repeat(2000));
    const materialId = kiosk.materials.add({ caseId: accepted.id, name: '身份证复印件', bytes: image }, new Date(), 4096);
    // Every chunk is on disk, sealed: the store's files (WAL included) never hold the plain image.
    expect(kiosk.db.prepare('SELECT count(*) AS n FROM material_chunks WHERE material_id = ?').get(materialId)).toEqual({ n: Math.ceil(image.length / 4096) });
    expect(filesHolding(store.storePath, '扫描件扫描件')).toEqual([]);
    await deliverAll(kiosk, 3);
    const whole = await held(materialId);
    expect(whole.complete).toBe(true);
    expect(whole.bytes.equals(image)).toBe(true);
    const { rows } = await platform.db.query<{ sha256: string; case_number: string }>('SELECT sha256, case_number FROM materials WHERE id = $1', [materialId]);
    expect(rows).toEqual([{ sha256: sha256(image), case_number: accepted.caseNumber }]);
    kiosk.db.close();
  });

  it('a chunk whose bytes do not match its hash is refused for good and goes to the dead letters', async () => {
    const store = await enrolledStore(platform);
    const kiosk = openKiosk(store, 10);
    const accepted = kiosk.cases.accept(citizen, kiosk.terminalCode);
    const materialId = kiosk.materials.add({ caseId: accepted.id, name: '结婚证', bytes: randomBytes(10_000) }, new Date(), 4096);
    kiosk.db.prepare("UPDATE material_chunks SET sha256 = ? WHERE material_id = ? AND n = 1").run('0'.repeat(64), materialId);
    await deliverAll(kiosk, 5);
    const dead = kiosk.outbox.deadLetters();
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ httpStatus: 422 });
    expect(dead[0]?.reason).toContain('chunk_hash_mismatch');
    expect(await held(materialId)).toMatchObject({ chunks: 2, complete: false });
    kiosk.db.close();
  });
});
