import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A4Printer } from '../../../drivers/ipp/a4-printer.js';
import { IppClient, Operation } from '../../../drivers/ipp/ipp-client.js';
import { renderA4Pdf } from '../../../electron/core/print/a4-pdf.js';
import { startIppEvePrinter, type RunningIppPrinter } from '../../support/ippeveprinter.js';
import { startIppResponder } from '../../support/ipp-responder.js';

const pagesOf = (path: string): number => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);

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

  it('says unreachable when nothing answers', async () => {
    const outcome = await new A4Printer(new IppClient('ipp://127.0.0.1:9/ipp/print', { timeoutMs: 2000 })).print(Buffer.from('%PDF'), { jobName: 'x', sides: 'one-sided' });
    expect(outcome).toMatchObject({ printed: false, problem: 'unreachable' });
  });
});
