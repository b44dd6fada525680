import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusal } from '../../api/kiosk-error.js';
import { CaseStore } from '../cases/case-store.js';
import { openStore } from '../store/open-store.js';
import { Vault } from '../store/vault.js';
import { a4Output } from './a4-output.js';
import { A4Queue, type A4JobPrinter } from './a4-queue.js';

function printerOutput() {
  const db = openStore(join(mkdtempSync(join(tmpdir(), 'tongban-a4-out-')), 'kiosk.sqlite'));
  const vault = new Vault(randomBytes(32));
  const sent: string[] = [];
  const printer: A4JobPrinter = { print: async (pdf) => (sent.push(String(Buffer.from(pdf))), { printed: true, jobId: sent.length, pagesDone: 1 }) };
  const queue = new A4Queue(db, vault, printer, () => undefined, 1);
  const accepted = new CaseStore(db, vault).accept({ itemCode: 'WH-RS-002', itemName: '社会保障卡补领', applicant: { name: '陈晓欣', idNumber: '810000199001010021' }, answers: {} }, 'WH0001');
  return { sent, queue, caseId: accepted.id, output: a4Output({ queue, duplex: true }, () => Promise.reject(new Error('a printer is configured'))) };
}

const pdf = (pages: number) => ({ bytes: Buffer.from('%PDF-form'), pages });
const notYours = () => {
  throw refusal('CASE_NOT_FOUND', { zh: '只能打印本人的申请表', en: 'Only your own forms' });
};

describe('A4 output', () => {
  it('prints a long guide on both sides and a form, to be signed, on one', async () => {
    const { output } = printerOutput();
    const guide = await output.put({ kind: 'guide', caseId: null, title: 'g', fileName: 'g.pdf', pdf: pdf(3) });
    const form = await output.put({ kind: 'form', caseId: null, title: 'f', fileName: 'f.pdf', pdf: pdf(3) });
    expect(guide).toMatchObject({ to: 'printer', job: { pages: 3, sheets: 2 } });
    expect(form).toMatchObject({ to: 'printer', job: { pages: 3, sheets: 3 } });
  });

  it('reprints a filled form only for its applicant', async () => {
    const { output, queue, sent, caseId } = printerOutput();
    const put = await output.put({ kind: 'form', caseId, title: 'f', fileName: 'f.pdf', pdf: pdf(1) });
    if (put.to !== 'printer') throw new Error('printed');
    await queue.idle();
    expect(() => output.reprint(put.job.id, notYours)).toThrow('只能打印本人的申请表');
    await queue.idle();
    expect(sent).toHaveLength(1);
    expect(output.reprint(put.job.id, () => undefined)).toMatchObject({ state: 'queued' });
    await queue.idle();
    expect(sent).toHaveLength(2);
  });

  it('keeps whose a result is through a reprint, so the next citizen cannot print it again', async () => {
    const { output, queue } = printerOutput();
    const put = await output.put({ kind: 'result', caseId: null, title: 'r', fileName: 'r.pdf', pdf: pdf(1), holder: '420103199003120029' });
    if (put.to !== 'printer') throw new Error('printed');
    await queue.idle();
    const owners: unknown[] = [];
    const again = output.reprint(put.job.id, (owner) => owners.push(owner));
    await queue.idle();
    output.reprint(again.id, (owner) => owners.push(owner));
    expect(owners).toEqual([
      { caseId: null, holder: '420103199003120029' },
      { caseId: null, holder: '420103199003120029' },
    ]);
    await queue.idle();
  });

  it('where no A4 printer is configured, saves the PDF and says how many pages', async () => {
    const saved: string[] = [];
    const output = a4Output(undefined, async (name) => (saved.push(name), `/data/documents/${name}`));
    expect(output.destination).toBe('file');
    expect(await output.put({ kind: 'guide', caseId: null, title: 'g', fileName: 'guide-X.pdf', pdf: pdf(2) })).toEqual({ to: 'file', pages: 2, path: '/data/documents/guide-X.pdf' });
    expect(() => output.job('x')).toThrow('本终端没有 A4 打印机');
  });
});
