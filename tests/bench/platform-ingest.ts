// 1,000 simulated terminals beating and uploading case batches to one platform on a real
// PostgreSQL, beside PostgreSQL's own rate for the same inserts from one client.
import { performance } from 'node:perf_hooks';
import { openPostgres } from '../../platform/db/postgres.js';
import { startPlatform } from '../../platform/server.js';
import { startPostgresServer } from '../support/postgres-server.js';
import { pooled } from '../../fleet-sim/pooled.js';
import { signedPost } from '../../fleet-sim/signed-post.js';
import { benchCase, benchHeartbeat, enrollInBulk, type SimTerminal } from './fleet-terminals.js';
import { figure, percentile, type Figure } from './figure.js';
import { drainFigures } from './outbox-drain.js';

const terminalCount = 1000;
const casesPerBatch = 10;
/** Requests in flight at once: a busy hall's worth of terminals hitting the same second. */
const concurrency = 64;
const adminToken = 'bench-admin-token-0123456789';

function expectOk(res: Response, what: string): Promise<void> {
  if (res.status !== 200) throw new Error(`${what}: HTTP ${res.status}`);
  return res.arrayBuffer().then(() => undefined);
}

interface Bare {
  casesPerSecond: number;
  batchLatencies: number[];
}

/** PostgreSQL's own rate: the platform's INSERT of the same rows, batch by batch, from one client. */
async function bareInsert(url: string, terminals: readonly SimTerminal[], batch: number): Promise<Bare> {
  const db = await openPostgres(url, { maxConnections: 1 });
  await db.exec('CREATE TABLE bare_cases (LIKE cases INCLUDING ALL)');
  const batches = terminals.map((t) => Array.from({ length: batch }, () => ({ ...benchCase(t), terminal_id: t.id })));
  const start = performance.now();
  const batchLatencies: number[] = [];
  for (const rows of batches) {
    const sent = performance.now();
    await db.query(
      `INSERT INTO bare_cases (id, case_number, terminal_id, item_code, item_name, accepted_at, applicant_name, applicant_id_number, answers)
       SELECT id, "caseNumber", terminal_id, "itemCode", "itemName", "acceptedAt", applicant->>'name', applicant->>'idNumber', answers
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "caseNumber" text, terminal_id uuid, "itemCode" text, "itemName" text,
              "acceptedAt" timestamptz, applicant jsonb, answers jsonb)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(rows)],
    );
    batchLatencies.push(performance.now() - sent);
  }
  const seconds = (performance.now() - start) / 1000;
  await db.close();
  return { casesPerSecond: (batches.length * batch) / seconds, batchLatencies };
}

export async function platformFigures(): Promise<Figure[]> {
  const server = await startPostgresServer({ durable: true });
  try {
    const url = await server.createDatabase('bench');
    const db = await openPostgres(url, { maxConnections: 20 });
    const platform = await startPlatform({ db, port: 0, adminToken, rateLimit: { perSecond: 100, burst: 100 } });
    const terminals = await enrollInBulk(db, terminalCount);
    const beatStart = performance.now();
    await pooled(terminals.map((t) => () => signedPost(platform.url, t, '/v1/heartbeats', benchHeartbeat()).then((r) => expectOk(r, 'heartbeat'))), concurrency);
    const beatsPerSecond = terminalCount / ((performance.now() - beatStart) / 1000);
    const start = performance.now();
    const batches = await pooled(
      terminals.map((t) => () => signedPost(platform.url, t, '/v1/cases', { cases: Array.from({ length: casesPerBatch }, () => benchCase(t)) }).then((r) => expectOk(r, 'cases'))),
      concurrency,
    );
    const casesPerSecond = (terminalCount * casesPerBatch) / ((performance.now() - start) / 1000);
    const bare = await bareInsert(url, terminals, casesPerBatch);
    const drain = await drainFigures(platform.url, db, bare.casesPerSecond);
    await platform.close();
    await db.close();
    return [
      figure(`platform ingest, ${terminalCount} terminals × ${casesPerBatch} cases`, casesPerSecond, 'cases/s', 'PostgreSQL bare insert, one client', bare.casesPerSecond),
      figure(`case batch p99, ${concurrency} in flight`, percentile(batches, 99), 'ms', 'bare insert of one batch p99', percentile(bare.batchLatencies, 99)),
      figure(`heartbeats, ${terminalCount} terminals`, beatsPerSecond, 'beats/s', 'case batches/s in the same run', casesPerSecond / casesPerBatch),
      ...drain,
    ];
  } finally {
    server.stop();
  }
}
