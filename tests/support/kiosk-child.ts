// A kiosk core cut down to what the crash test needs: the store, CaseStore and the SyncWorker,
// in a process of its own so that it can be killed with SIGKILL at any moment.
//
// Reads commands on stdin, one a line: `submit` accepts one case; `drain` delivers everything
// waiting, then exits. Writes events on stdout: `ready`, `accepted <caseId>` once the case is
// committed (what the citizen is told), `waiting <n>` when the outbox depth changes, `drained`.
import { createInterface } from 'node:readline';
import { CaseStore, type NewCase } from '../../electron/core/cases/case-store.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { Vault } from '../../electron/core/store/vault.js';
import { Outbox } from '../../electron/core/sync/outbox.js';
import { PlatformClient } from '../../electron/core/sync/platform-client.js';
import { SyncWorker } from '../../electron/core/sync/sync-worker.js';
import { loadTerminalIdentity } from '../../electron/core/sync/terminal-identity.js';

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
  // Short backoff: a restarted child retries at once, so 200 lives fit in a test run.
  const worker = new SyncWorker(outbox, cases, new PlatformClient(terminal.platformUrl, terminal), {
    backoff: { baseMs: 5, maxMs: 40 },
    idleIntervalMs: 20,
    batchSize: config.batchSize,
  });
  return { db, outbox, cases, worker, terminalCode: terminal.terminalCode };
}

async function drain(kiosk: ReturnType<typeof open>): Promise<void> {
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
    if (line !== 'submit') return;
    const accepted = kiosk.cases.accept(citizen, kiosk.terminalCode);
    say(`accepted ${accepted.id}`);
    kiosk.worker.kick();
  });
  // The test that started us is gone: so are we.
  commands.on('close', () => process.exit(0));
  say('ready');
}

main();
