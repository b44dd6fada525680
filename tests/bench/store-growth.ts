import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CaseStore, type NewCase } from '../../electron/core/cases/case-store.js';
import { purgeAcknowledged } from '../../electron/core/cases/retention.js';
import { MaterialStore } from '../../electron/core/materials/material-store.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { Vault } from '../../electron/core/store/vault.js';
import { Outbox } from '../../electron/core/sync/outbox.js';
import { figure, percentile, type Figure } from './figure.js';

const samples = 100;
const small = 1000;
const large = 8000;
const chen: NewCase = { itemCode: 'WH-RS-002', itemName: '社会保障卡补领', applicant: { name: '陈晓欣', idNumber: '420103199003120029' }, answers: { 'delivery.method': 'post' } };
const xiang: NewCase = { ...chen, applicant: { name: '向建国', idNumber: '422801197707150011' } };
const photo = randomBytes(4_000);

function timeEach(run: () => void): number {
  run();
  return percentile(Array.from({ length: samples }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }), 50);
}

/**
 * What the core does with its store for each citizen, with the store of 1,000 citizens' cases and
 * of 8,000 (the soak's 10,000-citizen run held about 5,600): 我的办件 should cost the same; the
 * retention sweep reads the whole store, which is why it now runs once in ten minutes rather than
 * after each sync pass (a few a citizen).
 */
export function storeGrowthFigures(): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-bench-growth-'));
  const db = openStore(join(dir, 'kiosk.sqlite'));
  const vault = new Vault(randomBytes(32));
  const cases = new CaseStore(db, vault);
  const materials = new MaterialStore(db, vault);
  const outbox = new Outbox(db);
  // Cases as the soak's citizens leave them: a third of them 陈晓欣's, each with a photographed page, all delivered.
  const grow = (to: number) =>
    db.transaction(() => {
      const ids: string[] = [];
      for (let n = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM cases').get()?.n ?? 0; n < to; n += 1) {
        const { id } = cases.accept(n % 3 === 0 ? chen : xiang, 'WH0001');
        materials.add({ caseId: id, name: '身份证复印件', bytes: photo });
        ids.push(id);
      }
      outbox.delivered(ids, new Date());
      db.prepare('UPDATE outbox SET delivered_at = ? WHERE delivered_at IS NULL').run(new Date().toISOString());
    })();
  const measure = () => ({
    listing: timeEach(() => cases.findByApplicant(chen.applicant.idNumber, 50)),
    sweep: timeEach(() => purgeAcknowledged(db, 30, new Date())),
  });
  grow(small);
  const before = measure();
  grow(large);
  const after = measure();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return [
    figure(`我的办件 (50 cases shown) p50, ${large} cases held`, after.listing, 'ms', `${small} cases held`, before.listing),
    figure(`retention sweep p50 (once in 10 min), ${large} cases held`, after.sweep, 'ms', `${small} cases held`, before.sweep),
  ];
}
