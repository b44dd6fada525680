import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { between, prng } from '../../support/prng.js';
import { startTestPlatform, type TestPlatform } from '../platform/harness.js';
import { enrolledStore, type EnrolledStore } from './enrolled-store.js';
import { startKiosk, type KioskProcess } from './kiosk-process.js';

const lives = 200;
const seed = Number(process.env.TONGBAN_CRASH_SEED ?? 20261123);
const random = prng(seed);

let platform: TestPlatform;
let store: EnrolledStore;
beforeAll(async () => {
  platform = await startTestPlatform();
  store = await enrolledStore(platform);
});
afterAll(() => platform.close());

const start = () => startKiosk({ storePath: store.storePath, keyBase64: store.key.toString('base64'), batchSize: 4 });

/**
 * One life of the kiosk: a citizen submits as soon as the last submit was accepted, while the
 * worker syncs; SIGKILL lands on the k-th event (a case accepted, the outbox depth changed), and
 * half the time a submit has just been sent, so the kill may land inside its transaction.
 */
async function live(kiosk: KioskProcess, accepted: Set<string>): Promise<void> {
  const killAt = between(random, 0, 24);
  const midSubmit = random() < 0.5;
  let events = 0;
  await kiosk.next((e) => e.kind === 'ready');
  const dead = new Promise<void>((resolve) => {
    const step = () => {
      if (events++ < killAt) return;
      if (midSubmit) kiosk.send('submit');
      void kiosk.kill().then(resolve);
    };
    kiosk.onEvent((event) => {
      if (event.kind === 'accepted') {
        accepted.add(event.caseId);
        if (events < killAt) kiosk.send('submit');
      }
      step();
    });
    if (killAt === 0) step();
    else kiosk.send('submit');
  });
  await dead;
}

async function drain(): Promise<void> {
  const kiosk = start();
  await kiosk.next((e) => e.kind === 'ready');
  kiosk.send('drain');
  await kiosk.next((e) => e.kind === 'drained');
  expect(await kiosk.exited).toBe(0);
}

function kioskCases(): { ids: string[]; waiting: number; integrity: string } {
  const db = new BetterSqlite3(store.storePath, { readonly: true });
  try {
    return {
      ids: db.prepare<[], { id: string }>('SELECT id FROM cases').all().map((r) => r.id),
      waiting: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox WHERE delivered_at IS NULL').get()?.n ?? -1,
      integrity: db.pragma('integrity_check', { simple: true }) as string,
    };
  } finally {
    db.close();
  }
}

async function platformCases(): Promise<{ id: string; case_number: string }[]> {
  const { rows } = await platform.db.query<{ id: string; case_number: string }>(
    'SELECT id, case_number FROM cases WHERE terminal_id = $1',
    [store.terminalId],
  );
  return rows;
}

describe(`the kiosk killed with SIGKILL ${lives} times while citizens submit and it syncs (seed ${seed})`, () => {
  it('delivers every accepted case exactly once, and its store stays whole', { timeout: 600_000 }, async () => {
    const accepted = new Set<string>();
    for (let life = 0; life < lives; life += 1) await live(start(), accepted);
    await drain();
    const kiosk = kioskCases();
    const held = await platformCases();
    expect(kiosk.integrity).toBe('ok');
    expect(kiosk.waiting).toBe(0);
    expect(accepted.size).toBeGreaterThan(lives);
    for (const id of accepted) expect(kiosk.ids).toContain(id);
    expect(held.map((c) => c.id).sort()).toEqual([...kiosk.ids].sort());
    expect(new Set(held.map((c) => c.case_number)).size).toBe(held.length);
  });
});
