/**
 * The A4 path's figures against Debian's ippeveprinter on loopback: a guide rendered to PDF and
 * sent until the printer accepts the job (its Print-Job reply), beside the IPP round trip of a
 * Get-Printer-Attributes asking one attribute, in the same run: what the protocol itself costs.
 */
import { performance } from 'node:perf_hooks';
import { jobEnded, jobStatusOf } from '../../drivers/ipp/a4-status.js';
import { IppClient } from '../../drivers/ipp/ipp-client.js';
import { catalogOf } from '../../electron/core/catalog/catalog-builder.js';
import { guideDocument } from '../../electron/core/print/a4-documents.js';
import { renderA4Pdf } from '../../electron/core/print/a4-pdf.js';
import { startIppEvePrinter } from '../support/ippeveprinter.js';
import { figure, percentile, type Figure } from './figure.js';

const samples = 15;
const roundTrips = 200;

/** Times `run` alone; `after` (untimed) lets the printer finish, as the A4 queue waits for one job before the next. */
async function timed(run: () => Promise<unknown>, count: number, after: (result: unknown) => Promise<void> = async () => undefined): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < count + 2; i++) {
    const start = performance.now();
    const value = await run();
    if (i >= 2) result.push(performance.now() - start);
    await after(value);
  }
  return result;
}

/** ippeveprinter takes one job at a time (server-error-not-accepting-jobs while busy). */
async function untilEnded(client: IppClient, taken: unknown): Promise<void> {
  if (!(taken instanceof Map)) return;
  let job = jobStatusOf(taken);
  while (!jobEnded(job.state)) job = jobStatusOf(await client.jobAttributes(job.jobId));
}

export async function a4Figures(): Promise<Figure[]> {
  const printer = await startIppEvePrinter();
  try {
    const client = new IppClient(printer.url);
    const guide = guideDocument(catalogOf().get('WH-RS-002'));
    const rendered = await renderA4Pdf(guide);
    const ask = await timed(() => client.printerAttributes(['printer-state']), roundTrips);
    const render = await timed(() => renderA4Pdf(guide), samples);
    const finish = (taken: unknown) => untilEnded(client, taken);
    const submit = await timed(() => client.printJob(rendered.bytes, { jobName: 'bench', sides: 'one-sided' }), samples, finish);
    const whole = await timed(async () => client.printJob((await renderA4Pdf(guide)).bytes, { jobName: 'bench', sides: 'one-sided' }), samples, finish);
    const roundTrip = `Get-Printer-Attributes round trip (printer-state only) p50`;
    return [
      figure(`guide PDF render + Print-Job accepted p50 (${rendered.pages} pages, ${Math.round(rendered.bytes.length / 1024)} KiB)`, percentile(whole, 50), 'ms', roundTrip, percentile(ask, 50)),
      figure('guide PDF render alone p50', percentile(render, 50), 'ms', roundTrip, percentile(ask, 50)),
      figure('Print-Job of the rendered guide, until accepted p50', percentile(submit, 50), 'ms', roundTrip, percentile(ask, 50)),
    ];
  } finally {
    await printer.stop();
  }
}
