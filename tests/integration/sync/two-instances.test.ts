import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/database.js';
import { openPostgres } from '../../../platform/db/postgres.js';
import { caseBatchReplySchema } from '../../../platform/protocol/index.js';
import { startPlatform, type RunningPlatform } from '../../../platform/server.js';
import { faults, startFaultProxy, type Fault, type FaultProxy } from '../../support/fault-proxy.js';
import { startPostgresServer, type PostgresServer } from '../../support/postgres-server.js';
import { between, prng } from '../../support/prng.js';
import { adminToken, countCases, enrollTerminal, makeCase, signedFetch, type TestPlatform } from '../platform/harness.js';
import { enrolledStore } from './enrolled-store.js';
import { caseIds, citizen, deliverAll, openKiosk, type InProcessKiosk } from './kiosk-in-process.js';

const seed = Number(process.env.TONGBAN_FAULT_SEED ?? 62);
const random = prng(seed);

let server: PostgresServer;
const instances: { db: Database; platform: RunningPlatform }[] = [];
let a: TestPlatform;
let b: TestPlatform;

async function startInstance(url: string): Promise<TestPlatform> {
  const db = await openPostgres(url);
  const platform = await startPlatform({ db, port: 0, adminToken });
  instances.push({ db, platform });
  return { db, url: platform.url, close: async () => undefined };
}

beforeAll(async () => {
  server = await startPostgresServer();
  const url = await server.createDatabase('two_instances');
  // Started together, as behind a balancer: the migration lock lets one of them migrate.
  [a, b] = await Promise.all([startInstance(url), startInstance(url)]);
});
afterAll(async () => {
  for (const { db, platform } of instances) {
    await platform.close();
    await db.close();
  }
  server.stop();
});

describe(`two platform instances on one PostgreSQL database (seed ${seed})`, () => {
  it('stores a batch sent to both at once one time, and both acknowledge it', async () => {
    const terminal = await enrollTerminal(a);
    for (let round = 0; round < 10; round += 1) {
      const body = JSON.stringify({ cases: [makeCase(terminal), makeCase(terminal), makeCase(terminal)] });
      // Signed a millisecond apart: one signature twice would be refused as a replay.
      const now = Date.now();
      const replies = await Promise.all(
        [a, b].map((p, i) => signedFetch(p, terminal, '/v1/cases', { body, time: new Date(now + i).toISOString() })),
      );
      const bodies = await Promise.all(replies.map(async (r) => ({ status: r.status, body: (await r.json()) as unknown })));
      // A refusal says which instance answered what (one CI run under load got a reply without `stored`).
      for (const reply of bodies) expect(reply.status, JSON.stringify(bodies)).toBe(200);
      const stored = bodies.map((r) => caseBatchReplySchema.parse(r.body).stored);
      expect(stored[0]).toEqual(stored[1]);
      expect(await countCases(a.db, stored[0] ?? [])).toBe(3);
    }
  });

  it('delivers every case of three kiosks once, through a faulty balancer over both', async () => {
    const choose = (): Fault => (random() < 0.6 ? 'pass' : (faults[between(random, 1, faults.length - 1)] ?? 'pass'));
    const proxy: FaultProxy = await startFaultProxy({ upstreams: [a.url, b.url], choose, random, maxDelayMs: 10 });
    const kiosks: InProcessKiosk[] = [];
    for (let i = 0; i < 3; i += 1) kiosks.push(openKiosk(await enrolledStore(a, proxy.url, b.url), 8));
    for (let round = 0; round < 20; round += 1) {
      for (const kiosk of kiosks) for (let n = between(random, 1, 8); n > 0; n -= 1) kiosk.cases.accept(citizen, kiosk.terminalCode);
      await Promise.all(kiosks.map((k) => k.worker.runOnce()));
    }
    await Promise.all(kiosks.map((k) => deliverAll(k, 500)));
    const ids = kiosks.flatMap(caseIds);
    expect(await countCases(b.db, ids)).toBe(ids.length);
    for (const kiosk of kiosks) kiosk.db.close();
    await proxy.close();
  });
});
