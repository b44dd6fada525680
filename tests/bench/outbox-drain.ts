// A terminal back from an outage with 10,000 cases queued: how fast its outbox drains.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CaseStore, type NewCase } from '../../electron/core/cases/case-store.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { Vault } from '../../electron/core/store/vault.js';
import { Outbox } from '../../electron/core/sync/outbox.js';
import { PlatformClient } from '../../electron/core/uplink/platform-client.js';
import { SyncWorker } from '../../electron/core/sync/sync-worker.js';
import { saveTerminalIdentity } from '../../electron/core/uplink/terminal-identity.js';
import type { Database } from '../../platform/db/database.js';
import { enrollInBulk, type SimTerminal } from './fleet-terminals.js';
import { figure, type Figure } from './figure.js';

const queued = 10_000;
const batchSize = 100;

const citizen: NewCase = {
  itemCode: 'WH-RS-002',
  itemName: '社会保障卡补领',
  applicant: { name: '陈晓欣', idNumber: '420103199003120029' },
  answers: { 'delivery.method': 'post', 'contact.phone': '13800000000' },
};

function kioskWithQueue(dir: string, terminal: SimTerminal, platformUrl: string) {
  const db = openStore(join(dir, 'kiosk.sqlite'));
  const vault = new Vault(randomBytes(32));
  const reply = { terminalId: terminal.id, terminalCode: terminal.code, terminalName: 'bench', hallName: '基准测试大厅', regionCode: '420102', platformTime: new Date().toISOString() };
  saveTerminalIdentity(db, vault, reply, platformUrl, terminal.privateKey);
  const cases = new CaseStore(db, vault);
  // One outer transaction: the queue is the starting point, not what is measured.
  db.transaction(() => {
    for (let i = 0; i < queued; i += 1) cases.accept(citizen, terminal.code);
  })();
  const outbox = new Outbox(db);
  const client = new PlatformClient(platformUrl, { terminalId: terminal.id, privateKey: terminal.privateKey });
  return { db, outbox, worker: new SyncWorker(outbox, cases, client, { batchSize, backoff: { baseMs: 0, maxMs: 0 } }) };
}

export async function drainFigures(platformUrl: string, platformDb: Database, bareRate: number): Promise<Figure[]> {
  const [terminal] = await enrollInBulk(platformDb, 1, 'D');
  if (!terminal) throw new Error('no terminal enrolled for the drain');
  const dir = mkdtempSync(join(tmpdir(), 'tongban-drain-'));
  const kiosk = kioskWithQueue(dir, terminal, platformUrl);
  const start = performance.now();
  // Bounded: twice the passes a clean drain needs.
  for (let pass = 0; pass < (2 * queued) / batchSize && kiosk.outbox.depth() > 0; pass += 1) await kiosk.worker.runOnce();
  const seconds = (performance.now() - start) / 1000;
  const left = kiosk.outbox.depth();
  kiosk.db.close();
  rmSync(dir, { recursive: true, force: true });
  if (left > 0) throw new Error(`the drain left ${left} cases`);
  return [figure(`outbox drain, ${queued} cases in batches of ${batchSize}`, queued / seconds, 'cases/s', 'PostgreSQL bare insert, one client', bareRate)];
}
