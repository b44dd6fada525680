import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import { CaseStore, type NewCase } from '../../electron/core/cases/case-store.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { Vault } from '../../electron/core/store/vault.js';
import { figure, percentile, type Figure } from './figure.js';

const samples = 400;
const newCase: NewCase = {
  itemCode: 'WH-RS-002',
  itemName: '社会保障卡补领',
  applicant: { name: '陈晓欣', idNumber: '420103199003120029' },
  answers: { 'applicant.name': '陈晓欣', 'applicant.idNumber': '420103199003120029', 'delivery.method': 'post' },
};

function timeEach(run: () => void): number[] {
  return Array.from({ length: samples }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
}

/** The bare limit: one insert of the same bytes, same pragmas, same disk, no encryption or outbox. */
function bareInsert(dir: string, bytes: number): number[] {
  const db = new BetterSqlite3(join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
  const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
  const body = randomBytes(bytes);
  const times = timeEach(() => insert.run(body));
  db.close();
  return times;
}

/** Case commit: sequence, sealed PII, case row and outbox row in one synchronous=FULL transaction. */
export function caseCommitFigures(): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-bench-'));
  const db = openStore(join(dir, 'kiosk.sqlite'));
  const cases = new CaseStore(db, new Vault(randomBytes(32)));
  const commit = timeEach(() => cases.accept(newCase, 'WH0001'));
  const rowBytes = db.prepare<[], { n: number }>('SELECT avg(length(applicant_name) + length(applicant_id_number) + length(answers) + 200) AS n FROM cases').get()?.n ?? 300;
  db.close();
  const bare = bareInsert(dir, Math.round(rowBytes));
  return [
    figure('case commit p50', percentile(commit, 50), 'ms', 'bare insert p50 (same bytes, same pragmas)', percentile(bare, 50)),
    figure('case commit p99', percentile(commit, 99), 'ms', 'bare insert p99 (same bytes, same pragmas)', percentile(bare, 99)),
  ];
}
