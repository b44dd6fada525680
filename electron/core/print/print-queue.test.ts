import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReceiptPrinter } from '../../../drivers/printer/printer.js';
import { PrinterSimulator } from '../../../drivers/sim/printer-sim.js';
import { memoryPair } from '../../../drivers/transport/memory.js';
import { CaseStore } from '../cases/case-store.js';
import { openStore } from '../store/open-store.js';
import { Vault } from '../store/vault.js';
import { NothingToReprintError, PrintQueue } from './print-queue.js';
import { PrinterWatch } from './printer-watch.js';

function fixture() {
  const path = join(mkdtempSync(join(tmpdir(), 'tongban-queue-')), 'kiosk.sqlite');
  const db = openStore(path);
  const [host, device] = memoryPair('printer');
  const sim = new PrinterSimulator(device, { paper: 58 });
  const printer = new ReceiptPrinter(host, { statusTimeoutMs: 500 });
  const watch = new PrinterWatch(printer);
  const queue = (): PrintQueue => new PrintQueue(db, watch, { paper: 58, encoding: 'gb18030' }, () => undefined);
  const cases = new CaseStore(db, new Vault(randomBytes(32)));
  const accepted = cases.accept({ itemCode: 'WH-RS-002', itemName: '社会保障卡补领', applicant: { name: '陈晓欣', idNumber: '810000199001010021' }, answers: {} }, 'WH0001');
  return { db, sim, queue, watch, caseId: accepted.id };
}

const receipt = { blocks: [{ type: 'title' as const, text: '受理回执' }] };

describe('the print queue', () => {
  it('marks a job a crash interrupted as failed at start, and does not print it again', () => {
    const { db, sim, queue, caseId } = fixture();
    // What a power cut mid-receipt leaves behind: a job still 'printing'.
    db.prepare("INSERT INTO print_jobs (id, case_id, receipt, state, created_at, updated_at) VALUES ('crashed', ?, ?, 'printing', 'x', 'x')").run(
      caseId,
      JSON.stringify(receipt),
    );
    const jobs = queue().jobs(caseId);
    expect(jobs).toEqual([expect.objectContaining({ id: 'crashed', state: 'failed', reason: 'interrupted by a restart' })]);
    expect(sim.receipts).toHaveLength(0);
  });

  it('reprints the one receipt of a 一件事 from any of its cases', async () => {
    const { db, sim, queue } = fixture();
    const cases = new CaseStore(db, new Vault(randomBytes(32)));
    const bundle = ['WH-WJ-001', 'WH-GA-001'].map((itemCode) => ({ itemCode, itemName: itemCode, applicant: { name: '陈晓欣', idNumber: '810000199001010021' }, answers: {} }));
    const [first, second] = cases.acceptOnce(randomUUID(), bundle, 'WH0001').accepted;
    const printQueue = queue();
    await printQueue.print(first?.id ?? '', receipt);
    expect(await printQueue.reprint(second?.id ?? '')).toEqual({ printed: true });
    expect(sim.receipts.map((printed) => printed.text.includes('补打'))).toEqual([false, true]);
  });

  it('prints each job once; paper again only on a reprint, which says 补打', async () => {
    const { sim, queue, caseId } = fixture();
    const printQueue = queue();
    expect(await printQueue.print(caseId, receipt)).toEqual({ printed: true });
    expect(await printQueue.reprint(caseId)).toEqual({ printed: true });
    expect(sim.receipts.map((printed) => printed.text.includes('补打'))).toEqual([false, true]);
    const [original, reprint] = printQueue.jobs(caseId);
    expect(reprint?.reprintOf).toBe(original?.id);
  });

  it('reports a paper-out a job found for the heartbeat until a receipt prints again', async () => {
    const { sim, queue, watch, caseId } = fixture();
    const printQueue = queue();
    sim.setState({ paperOut: true });
    expect((await printQueue.print(caseId, receipt)).printed).toBe(false);
    expect(watch.health()).toMatchObject({ ok: false, detail: expect.stringMatching(/缺纸/) });
    sim.setState({ paperOut: false });
    await printQueue.print(caseId, receipt);
    expect(watch.health()).toEqual({ ok: true });
  });

  it('refuses to reprint a case it never printed', async () => {
    const { queue } = fixture();
    await expect(queue().reprint('no-such-case')).rejects.toBeInstanceOf(NothingToReprintError);
  });
});
