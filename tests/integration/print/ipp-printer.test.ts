import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A4Printer } from '../../../drivers/ipp/a4-printer.js';
import { IppClient, Operation } from '../../../drivers/ipp/ipp-client.js';
import { renderA4Pdf } from '../../../electron/core/print/a4-pdf.js';
import { startIppEvePrinter, type RunningIppPrinter } from '../../support/ippeveprinter.js';
import { startIppResponder } from '../../support/ipp-responder.js';
import { tongban } from '../tongban-process.js';

const pdfinfo = (path: string): string => execFileSync('pdfinfo', [path], { encoding: 'utf8' });
const pagesOf = (path: string): number => Number(/^Pages:\s+(\d+)/m.exec(pdfinfo(path))?.[1]);

const longDocument = {
  title: '测试 办事指南',
  sections: Array.from({ length: 12 }, (_, i) => ({ heading: `第 ${i + 1} 节`, paragraphs: Array.from({ length: 6 }, () => '申请人应当如实填写申请材料，并对材料的真实性负责。'.repeat(4)) })),
};

describe('A4 printing over IPP against Debian\'s ippeveprinter', () => {
  let printer: RunningIppPrinter;
  beforeAll(async () => {
    printer = await startIppEvePrinter({ duplex: true });
  });
  afterAll(() => printer.stop());

  it('reports the printer idle and ready, with its markers', async () => {
    const status = await new A4Printer(new IppClient(printer.url)).status();
    expect(status).toMatchObject({ state: 'idle', problems: [] });
  });

  it('prints a PDF to completion: the printer keeps the very PDF, every page of it', async () => {
    const { bytes, pages } = await renderA4Pdf(longDocument);
    expect(pages).toBeGreaterThan(1);
    const outcome = await new A4Printer(new IppClient(printer.url)).print(bytes, { jobName: '测试 办事指南', sides: 'two-sided-long-edge' }, { pollMs: 50 });
    expect(outcome).toMatchObject({ printed: true });
    const kept = printer.jobs().at(-1) ?? '';
    expect(readFileSync(kept).equals(bytes)).toBe(true);
    expect(pagesOf(kept)).toBe(pages);
    expect(pdfinfo(kept)).toMatch(/^Page size:.*\(A4\)$/m);
  });

  it('`tongban device a4-status` prints the printer\'s state as JSON', async () => {
    const result = await tongban(['device', 'a4-status', '--ipp', printer.url]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ state: 'idle', problems: [], health: { ok: true } });
  });

  it('`tongban device print-a4` sends a PDF file and says it printed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tongban-print-a4-')), 'guide.pdf');
    writeFileSync(file, (await renderA4Pdf({ title: '测试页', sections: [] })).bytes);
    const result = await tongban(['device', 'print-a4', '--ipp', printer.url, '--file', file]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ printed: true });
    expect(readFileSync(printer.jobs().at(-1) ?? '').equals(readFileSync(file))).toBe(true);
  });
});

describe('A4 printing over IPP when the printer needs a person', () => {
  it('sends no job to a printer out of paper, and says so', async () => {
    const responder = await startIppResponder({ printerState: 5, reasons: ['media-empty-error'] });
    const outcome = await new A4Printer(new IppClient(responder.url)).print(Buffer.from('%PDF-1.4'), { jobName: 'x', sides: 'one-sided' });
    expect(outcome).toMatchObject({ printed: false, problem: 'paperOut' });
    expect(responder.documents).toHaveLength(0);
    await responder.close();
  });

  it('cancels a job the printer holds because its door opened, so it never comes out for nobody', async () => {
    const responder = await startIppResponder({ printerState: 3, reasons: [], afterJobTaken: { printerState: 5, reasons: ['door-open-error'] } });
    const outcome = await new A4Printer(new IppClient(responder.url)).print(Buffer.from('%PDF-1.4'), { jobName: 'x', sides: 'one-sided' }, { pollMs: 1 });
    expect(outcome).toMatchObject({ printed: false, problem: 'coverOpen' });
    expect(responder.operations).toContain(Operation.cancelJob);
    await responder.close();
  });

  it('`tongban device print-a4` fails in one line with the reason in words when the printer is out of paper', async () => {
    const responder = await startIppResponder({ printerState: 5, reasons: ['media-empty-error'] });
    const file = join(mkdtempSync(join(tmpdir(), 'tongban-print-a4-')), 'doc.pdf');
    writeFileSync(file, '%PDF-1.4 test');
    const result = await tongban(['device', 'print-a4', '--ipp', responder.url, '--file', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('tongban: A4 文件未能打印 / the A4 document was not printed: 缺纸 / out of paper: the printer was not ready; no job was sent\n');
    const status = await tongban(['device', 'a4-status', '--ipp', responder.url]);
    expect(JSON.parse(status.stdout)).toMatchObject({ state: 'stopped', problems: ['paperOut'], health: { ok: false, detail: '缺纸 / out of paper' } });
    await responder.close();
  });

  it('`tongban device print-a4` refuses what is not an ipp:// address or not a PDF, with its usage', async () => {
    const bad = await tongban(['device', 'print-a4', '--ipp', 'http://127.0.0.1/print', '--file', '/etc/hostname']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('ipp:// or ipps://');
    const help = await tongban(['device', 'print-a4', '--help']);
    expect(help.stdout + help.stderr).toContain('tongban device print-a4 --ipp URL --file DOC.pdf');
  });

  it('says unreachable when nothing answers', async () => {
    const outcome = await new A4Printer(new IppClient('ipp://127.0.0.1:9/ipp/print', { timeoutMs: 2000 })).print(Buffer.from('%PDF'), { jobName: 'x', sides: 'one-sided' });
    expect(outcome).toMatchObject({ printed: false, problem: 'unreachable' });
  });
});
