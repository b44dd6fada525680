// The kiosk's store, cases and sync worker in the test's own process, pointed at any URL.
import { CaseMaterials } from '../../../electron/core/materials/case-materials.js';
import BetterSqlite3 from 'better-sqlite3';
import { CaseStore, type NewCase } from '../../../electron/core/cases/case-store.js';
import { openStore } from '../../../electron/core/store/open-store.js';
import { Vault } from '../../../electron/core/store/vault.js';
import { EventStore } from '../../../electron/core/feedback/event-store.js';
import { MaterialStore } from '../../../electron/core/materials/material-store.js';
import { Outbox } from '../../../electron/core/sync/outbox.js';
import { PlatformClient } from '../../../electron/core/uplink/platform-client.js';
import { SyncWorker, type SyncWorkerOptions } from '../../../electron/core/sync/sync-worker.js';
import { loadTerminalIdentity } from '../../../electron/core/uplink/terminal-identity.js';
import type { EnrolledStore } from './enrolled-store.js';

export const citizen: NewCase = {
  itemCode: 'WH-RS-002',
  itemName: '社会保障卡补领',
  applicant: { name: '陈晓欣', idNumber: '420103199003120029' },
  answers: { 'delivery.method': 'post' },
};

export interface InProcessKiosk {
  db: BetterSqlite3.Database;
  cases: CaseStore;
  events: EventStore;
  materials: MaterialStore;
  outbox: Outbox;
  worker: SyncWorker;
  terminalCode: string;
}

/** No backoff, and a short timeout: the test drives runOnce itself, pass after pass. */
export type KioskOptions = Omit<SyncWorkerOptions, 'retention'> & { retentionDays?: number };

export function openKiosk(store: EnrolledStore, batchSize = 10, options: KioskOptions = {}): InProcessKiosk {
  const vault = new Vault(store.key);
  const db = openStore(store.storePath);
  const terminal = loadTerminalIdentity(db, vault);
  if (!terminal) throw new Error('store is not enrolled');
  const cases = new CaseStore(db, vault);
  const outbox = new Outbox(db);
  const events = new EventStore(db, vault);
  const materials = new MaterialStore(db, vault);
  const client = new PlatformClient(terminal.platformUrl, terminal, 5000);
  const worker = new SyncWorker(outbox, cases, client, {
    backoff: { baseMs: 0, maxMs: 0 },
    batchSize,
    events,
    materials,
    caseMaterials: new CaseMaterials(db, materials),
    ...options,
    ...(options.retentionDays === undefined ? {} : { retention: { days: options.retentionDays, store: db } }),
  });
  return { db, cases, events, materials, outbox, worker, terminalCode: terminal.terminalCode };
}

/** Sync passes until the outbox is empty; throws after `maxPasses` so a bug cannot hang the run. */
export async function deliverAll(kiosk: InProcessKiosk, maxPasses: number): Promise<number> {
  for (let pass = 1; pass <= maxPasses; pass += 1) {
    await kiosk.worker.runOnce();
    if (kiosk.outbox.depth() === 0) return pass;
  }
  throw new Error(`outbox still holds ${kiosk.outbox.depth()} after ${maxPasses} passes`);
}

export function caseIds(kiosk: InProcessKiosk): string[] {
  return kiosk.db.prepare<[], { id: string }>('SELECT id FROM cases').all().map((r) => r.id);
}
