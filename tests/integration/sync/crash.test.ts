import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { between, prng } from '../../support/prng.js';
import { startTestPlatform, type TestPlatform } from '../platform/harness.js';
import { enrolledStore, type EnrolledStore } from './enrolled-store.js';
import { startKiosk, type KioskEvent, type KioskProcess, type KioskWrite } from './kiosk-process.js';

// 40 in npm test, each at a seeded random point of a write; `npm run test:crash` kills it 300 times.
const lives = Number(process.env.TONGBAN_CRASH_LIVES ?? 40);
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

/** What the child said it committed: each must reach the platform exactly once. */
interface Acknowledged {
  cases: Set<string>;
  events: Set<string>;
  materials: Set<string>;
}

/** Mostly applications, as in a hall; reviews, help calls, numbers to call back and document images between them. */
function nextWrite(): KioskWrite {
  const roll = random();
  if (roll < 0.4) return 'submit';
  if (roll < 0.6) return 'review';
  if (roll < 0.68) return 'help';
  if (roll < 0.75) return 'callback';
  return 'material';
}

function note(event: KioskEvent, acknowledged: Acknowledged): boolean {
  if (event.kind === 'accepted') acknowledged.cases.add(event.caseId);
  else if (event.kind === 'recorded') acknowledged.events.add(event.eventId);
  else if (event.kind === 'material') {
    acknowledged.cases.add(event.caseId);
    acknowledged.materials.add(event.materialId);
  } else return false;
  return true;
}

/**
 * One life of the kiosk: a citizen submits, reviews, calls for help or hands in a document as soon
 * as the last write was committed, while the worker syncs; SIGKILL lands on the k-th event (a
 * write committed, the outbox depth changed), and half the time just as a write has begun, so
 * that it lands inside its transaction.
 */
async function live(kiosk: KioskProcess, acknowledged: Acknowledged): Promise<void> {
  const killAt = between(random, 0, 24);
  const midWrite = random() < 0.5;
  let events = 0;
  await kiosk.next((e) => e.kind === 'ready');
  const dead = new Promise<void>((resolve) => {
    let killing = false;
    const kill = () => void kiosk.kill().then(resolve);
    const step = () => {
      if (killing || events++ < killAt) return;
      killing = true;
      if (!midWrite) return kill();
      kiosk.send(nextWrite());
      kiosk.next((e) => e.kind === 'writing').then(kill, kill);
    };
    kiosk.onEvent((event) => {
      if (event.kind === 'writing') return;
      if (note(event, acknowledged) && events < killAt) kiosk.send(nextWrite());
      step();
    });
    if (killAt === 0) step();
    else kiosk.send(nextWrite());
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

interface KioskState {
  cases: string[];
  events: string[];
  materials: { id: string; sha256: string; chunk_count: number }[];
  waiting: number;
  deadLetters: number;
  integrity: string;
}

function kioskState(): KioskState {
  const db = new BetterSqlite3(store.storePath, { readonly: true });
  const ids = (sql: string) => db.prepare<[], { id: string }>(sql).all().map((r) => r.id);
  try {
    return {
      cases: ids('SELECT id FROM cases'),
      events: ids('SELECT id FROM events'),
      materials: db.prepare<[], { id: string; sha256: string; chunk_count: number }>('SELECT id, sha256, chunk_count FROM materials ORDER BY id').all(),
      waiting: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox WHERE delivered_at IS NULL').get()?.n ?? -1,
      deadLetters: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM dead_letters').get()?.n ?? -1,
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

/** Events and 远程帮办's callback requests, which ride in the help calls' queue to a table of their own. */
async function platformEventIds(): Promise<string[]> {
  const { rows } = await platform.db.query<{ id: string }>(
    'SELECT id FROM terminal_events WHERE terminal_id = $1 UNION ALL SELECT id FROM callback_requests WHERE terminal_id = $1',
    [store.terminalId],
  );
  return rows.map((r) => r.id);
}

/** Each material the platform holds: complete or not, and the hash of its chunks as stored. */
async function platformMaterials(): Promise<{ id: string; sha256: string; chunk_count: number; complete: boolean; stored: string }[]> {
  const { rows } = await platform.db.query<{ id: string; sha256: string; chunk_count: number; complete: boolean }>(
    'SELECT id, sha256, chunk_count, completed_at IS NOT NULL AS complete FROM materials WHERE terminal_id = $1 ORDER BY id',
    [store.terminalId],
  );
  return Promise.all(
    rows.map(async (row) => {
      const chunks = await platform.db.query<{ bytes: Uint8Array }>('SELECT bytes FROM material_chunks WHERE material_id = $1 ORDER BY n', [row.id]);
      const whole = createHash('sha256');
      for (const chunk of chunks.rows) whole.update(chunk.bytes);
      return { ...row, stored: whole.digest('hex') };
    }),
  );
}

describe(`the kiosk killed with SIGKILL ${lives} times while citizens submit, review, call for help, leave numbers to call back and hand in documents, and it syncs (seed ${seed})`, () => {
  it('delivers every committed case, review, help call, callback request and document exactly once and whole, and its store stays whole', { timeout: Math.max(600_000, lives * 10_000) }, async () => {
    const acknowledged: Acknowledged = { cases: new Set(), events: new Set(), materials: new Set() };
    for (let life = 0; life < lives; life += 1) await live(start(), acknowledged);
    await drain();
    const kiosk = kioskState();
    expect(kiosk).toMatchObject({ integrity: 'ok', waiting: 0, deadLetters: 0 });
    expect(acknowledged.cases.size).toBeGreaterThan(lives / 2);
    expect(acknowledged.events.size).toBeGreaterThan(lives / 4);
    expect(acknowledged.materials.size).toBeGreaterThan(lives / 8);
    for (const id of acknowledged.cases) expect(kiosk.cases).toContain(id);
    for (const id of acknowledged.events) expect(kiosk.events).toContain(id);
    for (const id of acknowledged.materials) expect(kiosk.materials.map((m) => m.id)).toContain(id);

    const held = await platformCases();
    expect(held.map((c) => c.id).sort()).toEqual([...kiosk.cases].sort());
    expect(new Set(held.map((c) => c.case_number)).size).toBe(held.length);
    expect((await platformEventIds()).sort()).toEqual([...kiosk.events].sort());
    // Every document the kiosk committed is on the platform whole, hashing as the kiosk said; none other.
    const documents = await platformMaterials();
    expect(documents.map(({ id, sha256, chunk_count }) => ({ id, sha256, chunk_count }))).toEqual(kiosk.materials);
    for (const document of documents) expect(document).toMatchObject({ complete: true, stored: document.sha256 });
  });
});
