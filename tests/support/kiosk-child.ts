// A kiosk core cut down to what the crash test needs: the store, its case, event and material
// stores and the SyncWorker, in a process of its own so that it can be killed with SIGKILL at any
// moment.
//
// Reads commands on stdin, one a line: `submit` accepts one case; `review` reviews the newest case
// not yet reviewed (a help call when there is none); `help` records a help call; `callback` a
// number left for 远程帮办 to call back (offline, no call made); `material`
// accepts a case with a document image of a few chunks; `drain` delivers everything waiting, then
// exits. Writes events on stdout once the write is committed (what the citizen is told):
// `accepted <caseId>`, `recorded <eventId>`, `material <caseId> <materialId>`; `writing` just
// before a write begins; and `ready`, `waiting <n>` when the outbox depth changes, `drained`.
import { CaseMaterials } from '../../electron/core/materials/case-materials.js';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { CaseStore, type NewCase } from '../../electron/core/cases/case-store.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { Vault } from '../../electron/core/store/vault.js';
import { EventStore } from '../../electron/core/feedback/event-store.js';
import { MaterialStore } from '../../electron/core/materials/material-store.js';
import { Outbox } from '../../electron/core/sync/outbox.js';
import { PlatformClient } from '../../electron/core/uplink/platform-client.js';
import { SyncWorker } from '../../electron/core/sync/sync-worker.js';
import { loadTerminalIdentity } from '../../electron/core/uplink/terminal-identity.js';

export interface KioskChildConfig {
  storePath: string;
  keyBase64: string;
  batchSize: number;
}

const citizen: NewCase = {
  itemCode: 'WH-RS-002',
  itemName: '社会保障卡补领',
  applicant: { name: '陈晓欣', idNumber: '420103199003120029' },
  answers: { 'delivery.method': 'post' },
};

const say = (line: string) => process.stdout.write(`${line}\n`);

function open(config: KioskChildConfig) {
  const vault = new Vault(Buffer.from(config.keyBase64, 'base64'));
  const db = openStore(config.storePath);
  const terminal = loadTerminalIdentity(db, vault);
  if (!terminal) throw new Error('the crash test enrolls the store before starting the child');
  const outbox = new Outbox(db);
  const cases = new CaseStore(db, vault);
  const events = new EventStore(db, vault);
  const materials = new MaterialStore(db, vault);
  // Short backoff: a restarted child retries at once, so 200 lives fit in a test run.
  const worker = new SyncWorker(outbox, cases, new PlatformClient(terminal.platformUrl, terminal), {
    backoff: { baseMs: 5, maxMs: 40 },
    idleIntervalMs: 20,
    batchSize: config.batchSize,
    events,
    materials,
    caseMaterials: new CaseMaterials(db, materials),
  });
  return { db, outbox, cases, events, materials, worker, terminalCode: terminal.terminalCode };
}

type Kiosk = ReturnType<typeof open>;

/** Small chunks, so that one image is several rows and several requests. */
const chunkBytes = 4096;

function review(kiosk: Kiosk): string {
  const newest = kiosk.db
    .prepare<[], { id: string; case_number: string }>(
      "SELECT id, case_number FROM cases WHERE id NOT IN (SELECT case_id FROM events WHERE kind = 'review') ORDER BY accepted_at DESC LIMIT 1",
    )
    .get();
  if (!newest) return kiosk.events.helpCall('citizen_request');
  return kiosk.events.review({ caseId: newest.id, caseNumber: newest.case_number, score: 2, reasons: ['等待时间长'], comment: '排队太久，窗口无人' });
}

function caseWithMaterial(kiosk: Kiosk): string {
  let materialId = '';
  const [accepted] = kiosk.cases.acceptAll([citizen], kiosk.terminalCode, new Date(), ([c]) => {
    if (c) materialId = kiosk.materials.add({ caseId: c.id, name: '户口簿首页', bytes: randomBytes(chunkBytes * 3 + 100) }, new Date(), chunkBytes);
  });
  return `${accepted?.id ?? ''} ${materialId}`;
}

const writes = new Set(['submit', 'review', 'help', 'callback', 'material']);

/** Runs one write command and says what was committed; says `writing` first, so a kill can land inside it. */
function write(kiosk: Kiosk, command: string): void {
  if (!writes.has(command)) return;
  say('writing');
  if (command === 'submit') say(`accepted ${kiosk.cases.accept(citizen, kiosk.terminalCode).id}`);
  else if (command === 'review') say(`recorded ${review(kiosk)}`);
  else if (command === 'help') say(`recorded ${kiosk.events.helpCall('device_fault')}`);
  else if (command === 'callback') say(`recorded ${kiosk.events.callbackRequest({ phone: '13800138000', item: { code: 'WH-RS-002', name: '社会保障卡补领' } })}`);
  else say(`material ${caseWithMaterial(kiosk)}`);
  kiosk.worker.kick();
}

async function drain(kiosk: Kiosk): Promise<void> {
  while (kiosk.outbox.depth() > 0) await kiosk.worker.flush(1000);
  await kiosk.worker.stop();
  kiosk.db.close();
  say('drained');
  process.exit(0);
}

function main(): void {
  const config = JSON.parse(process.env.TONGBAN_KIOSK_CHILD ?? '{}') as KioskChildConfig;
  const kiosk = open(config);
  kiosk.worker.onStatus((status) => say(`waiting ${status.waitingUploads}`));
  kiosk.worker.start();
  const commands = createInterface({ input: process.stdin });
  commands.on('line', (line) => {
    if (line === 'drain') void drain(kiosk);
    else write(kiosk, line);
  });
  // The test that started us is gone: so are we.
  commands.on('close', () => process.exit(0));
  say('ready');
}

main();
