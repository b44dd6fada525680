/**
 * The print queue against the printer simulator over a real pty (socat) and over TCP: paper out,
 * cover open and an unplugged printer in the middle of a run of citizens, then recovery.
 * What a technician checks afterwards: every job is in the store with its outcome, and no
 * receipt came out twice.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReceiptPrinter } from '../../../drivers/printer/printer.js';
import { printerSimOnPty, simBaudRate, type SimOnPty } from '../../../drivers/sim/on-pty.js';
import { printerSimOnTcp } from '../../../drivers/sim/on-tcp.js';
import type { PrinterSimulator } from '../../../drivers/sim/printer-sim.js';
import { SOCAT_MISSING, hasSocat } from '../../../drivers/transport/pty-pair.js';
import { ReopeningTransport } from '../../../drivers/transport/reopening.js';
import { openSerial } from '../../../drivers/transport/serial.js';
import { openTcp } from '../../../drivers/transport/tcp.js';
import { CaseStore } from '../../../electron/core/cases/case-store.js';
import { acceptanceReceipt } from '../../../electron/core/print/acceptance-receipt.js';
import { chenFacts } from '../../fixtures/acceptance-facts.js';
import { PrintQueue } from '../../../electron/core/print/print-queue.js';
import { openStore } from '../../../electron/core/store/open-store.js';
import { Vault } from '../../../electron/core/store/vault.js';

/** A printer the kiosk reaches through a transport that reopens, and a way to plug it back in. */
interface Rig {
  transport: ReopeningTransport;
  sim(): PrinterSimulator;
  /** What came out of the printer, across reconnections. */
  printed: string[];
  replug(): Promise<void>;
  close(): Promise<void>;
}

const rigs: Rig[] = [];
afterEach(async () => {
  await Promise.all(rigs.splice(0).map((rig) => rig.close()));
});

async function ptyRig(): Promise<Rig> {
  if (!hasSocat()) throw new Error(SOCAT_MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'tongban-print-pty-'));
  const printed: string[] = [];
  const start = async (): Promise<SimOnPty<PrinterSimulator>> => {
    const next = await printerSimOnPty(dir, { paper: 58 });
    next.sim.onReceipt((receipt) => printed.push(receipt.text));
    return next;
  };
  let running = await start();
  const transport = new ReopeningTransport('simulated printer on a pty', () => openSerial(running.portPath, { baudRate: simBaudRate }));
  return {
    transport,
    sim: () => running.sim,
    printed,
    replug: async () => {
      await running.close();
      running = await start();
    },
    close: async () => {
      await transport.close();
      await running.close();
    },
  };
}

async function tcpRig(): Promise<Rig> {
  const running = await printerSimOnTcp(0, { paper: 58 });
  const printed: string[] = [];
  running.sim.onReceipt((receipt) => printed.push(receipt.text));
  const transport = new ReopeningTransport('simulated network printer', () => openTcp(running.host, running.port));
  return {
    transport,
    sim: () => running.sim,
    printed,
    // Power back on: the listener takes the next connection.
    replug: async () => undefined,
    close: async () => {
      await transport.close();
      await running.close();
    },
  };
}

function kiosk(rig: Rig) {
  const db = openStore(join(mkdtempSync(join(tmpdir(), 'tongban-print-store-')), 'kiosk.sqlite'));
  const cases = new CaseStore(db, new Vault(randomBytes(32)));
  const queue = new PrintQueue(db, new ReceiptPrinter(rig.transport, { statusTimeoutMs: 1000 }), { paper: 58, encoding: 'gb18030' }, () => undefined);
  const submit = (name: string) => {
    const accepted = cases.accept({ itemCode: 'WH-RS-002', itemName: '社会保障卡补领', applicant: { name, idNumber: '810000199001010021' }, answers: {} }, 'WH0001');
    const receipt = acceptanceReceipt({
      hallName: '江岸区政务服务中心',
      terminalName: '1 号自助终端',
      itemName: '社会保障卡补领',
      caseNumber: accepted.caseNumber,
      acceptedAt: accepted.acceptedAt,
      applicant: { name, idNumber: '810000199001010021' },
      upload: 'waiting',
      next: { ...chenFacts.next, cases: chenFacts.next.cases.map((c) => ({ ...c, caseNumber: accepted.caseNumber, itemName: '社会保障卡补领' })), keep: accepted.caseNumber },
    });
    return { ...accepted, result: queue.print(accepted.id, receipt) };
  };
  return { queue, submit };
}

const transports: [string, () => Promise<Rig>][] = [
  ['a pty', ptyRig],
  ['TCP', tcpRig],
];

describe.each(transports)('the print queue over %s', (_name, makeRig) => {
  it('loses nothing and prints nothing twice through paper out, cover open and an unplug', async () => {
    const rig = await makeRig();
    rigs.push(rig);
    const { queue, submit } = kiosk(rig);

    const first = submit('陈晓欣');
    expect(await first.result).toEqual({ printed: true });

    rig.sim().setState({ paperOut: true });
    expect(await submit('李明').result).toEqual({ printed: false, problem: 'paperOut' });

    rig.sim().setState({ paperOut: false });
    rig.sim().failAfter(300, 'paperOut');
    expect(await submit('王芳').result).toEqual({ printed: false, problem: 'interrupted' });

    rig.sim().setState({ paperOut: false, coverOpen: true });
    expect(await submit('张伟').result).toEqual({ printed: false, problem: 'coverOpen' });

    rig.sim().setState({ coverOpen: false });
    rig.sim().failAfter(300, 'unplug');
    const unplugged = submit('刘洋');
    expect(await unplugged.result).toEqual({ printed: false, problem: expect.stringMatching(/^(unavailable|interrupted)$/) });

    await rig.replug();
    const last = submit('赵丽');
    expect(await last.result).toEqual({ printed: true });

    // Every job is in the store with its outcome; only the two clean runs printed, once each.
    const jobs = queue.jobs();
    expect(jobs.map((job) => job.state)).toEqual(['done', 'failed', 'failed', 'failed', 'failed', 'done']);
    expect(jobs.filter((job) => job.state === 'failed').every((job) => (job.reason ?? '').length > 0)).toBe(true);
    expect(rig.printed).toHaveLength(2);
    expect(rig.printed[0]).toContain(first.caseNumber);
    expect(rig.printed[1]).toContain(last.caseNumber);

    // The unplugged citizen's receipt comes back only on request, marked 补打, as a job of its own.
    expect(await queue.reprint(unplugged.id)).toEqual({ printed: true });
    expect(rig.printed).toHaveLength(3);
    expect(rig.printed[2]).toContain(unplugged.caseNumber);
    expect(rig.printed[2]).toContain('补打');
    const reprint = queue.jobs(unplugged.id);
    expect(reprint.map((job) => [job.state, job.reprintOf])).toEqual([
      ['failed', null],
      ['done', reprint[0]?.id],
    ]);
  });
});
