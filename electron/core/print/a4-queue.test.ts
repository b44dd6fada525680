import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { A4Outcome } from '../../../drivers/ipp/a4-printer.js';
import { openStore } from '../store/open-store.js';
import { Vault } from '../store/vault.js';
import { A4JobNotFoundError, A4Queue, type A4JobPrinter, type A4Submission } from './a4-queue.js';

/** A printer that answers each job with the next outcome given, and keeps what it was sent. */
function scriptedPrinter(outcomes: A4Outcome[]): A4JobPrinter & { sent: Buffer[] } {
  const sent: Buffer[] = [];
  return {
    sent,
    print: (pdf, _job, follow) => {
      sent.push(Buffer.from(pdf));
      follow.onProgress?.({ jobId: sent.length, state: 'processing', reasons: [], pagesDone: 1 }, { state: 'processing', reasons: [], problems: [], markers: [] });
      return Promise.resolve(outcomes.shift() ?? { printed: true, jobId: sent.length, pagesDone: 2 });
    },
  };
}

function fixture(outcomes: A4Outcome[]) {
  const path = join(mkdtempSync(join(tmpdir(), 'tongban-a4-')), 'kiosk.sqlite');
  const db = openStore(path);
  const vault = new Vault(randomBytes(32));
  const printer = scriptedPrinter(outcomes);
  return { path, db, vault, printer, queue: () => new A4Queue(db, vault, printer, () => undefined, 1) };
}

const guide: A4Submission = { kind: 'guide', caseId: null, title: '社会保障卡补领 办事指南', pdf: { bytes: Buffer.from('%PDF-guide'), pages: 2 }, sides: 'two-sided-long-edge' };

describe('the A4 queue', () => {
  it('prints a document once and says so, with every page done', async () => {
    const { queue, printer } = fixture([]);
    const q = queue();
    const queued = q.submit(guide);
    expect(queued).toMatchObject({ state: 'queued', pages: 2, pagesDone: 0 });
    await q.idle();
    expect(q.job(queued.id)).toMatchObject({ state: 'done', pages: 2, sheets: 1, pagesDone: 2 });
    expect(printer.sent).toHaveLength(1);
  });

  it('keeps a document the printer could not take for want of paper, and prints it again on request', async () => {
    const { queue, printer } = fixture([{ printed: false, problem: 'paperOut', detail: 'no job was sent' }]);
    const q = queue();
    const failed = q.submit(guide);
    await q.idle();
    expect(q.job(failed.id)).toMatchObject({ state: 'failed', problem: 'paperOut', reason: expect.stringContaining('缺纸 / out of paper') });
    const again = q.reprint(failed.id);
    await q.idle();
    expect(q.job(again.id)).toMatchObject({ state: 'done' });
    expect(printer.sent.map(String)).toEqual(['%PDF-guide', '%PDF-guide']);
  });

  it('names an open door and a jam in words', async () => {
    const { queue } = fixture([
      { printed: false, problem: 'coverOpen', detail: 'job 1 cancelled' },
      { printed: false, problem: 'paperJam', detail: 'job 2 cancelled' },
    ]);
    const q = queue();
    const [door, jam] = [q.submit(guide), q.submit(guide)];
    await q.idle();
    expect(q.job(door.id)).toMatchObject({ problem: 'coverOpen', reason: expect.stringContaining('盖板打开') });
    expect(q.job(jam.id)).toMatchObject({ problem: 'paperJam', reason: expect.stringContaining('卡纸') });
  });

  it('after a restart mid-job, never prints the job again by itself but can reprint it', async () => {
    const { db, vault, printer } = fixture([]);
    const stuck: A4JobPrinter = { print: () => new Promise<A4Outcome>(() => undefined) };
    const before = new A4Queue(db, vault, stuck, () => undefined);
    const job = before.submit(guide);
    const after = new A4Queue(db, vault, printer, () => undefined, 1);
    expect(after.job(job.id)).toMatchObject({ state: 'failed', problem: 'interrupted' });
    expect(printer.sent).toHaveLength(0);
    const again = after.reprint(job.id);
    await after.idle();
    expect(after.job(again.id).state).toBe('done');
    expect(printer.sent.map(String)).toEqual(['%PDF-guide']);
  });

  it('refuses to reprint what it never had', () => {
    expect(() => fixture([]).queue().reprint('nope')).toThrow(A4JobNotFoundError);
  });
});
