/**
 * `tongban device print-a4` and `tongban device a4-status`: the A4 printer over IPP, directly, as
 * the kiosk speaks to it. JSON on stdout; a job that did not complete is an error with its reason.
 */
import { readFileSync } from 'node:fs';
import { A4Printer, failureText } from '../../drivers/ipp/a4-printer.js';
import { healthOf } from '../../drivers/ipp/a4-status.js';
import { IppClient, httpUrlOf } from '../../drivers/ipp/ipp-client.js';
import { oneOf, parse, required } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../fail.js';

export const a4StatusUsage = 'tongban device a4-status --ipp URL';
export const printA4Usage = 'tongban device print-a4 --ipp URL --file DOC.pdf [--sides one-sided|two-sided-long-edge]';

function printerAt(url: string, usage: string): A4Printer {
  try {
    httpUrlOf(url);
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\nusage: ${usage}`);
  }
  return new A4Printer(new IppClient(url));
}

async function a4Status(argv: string[]): Promise<void> {
  const { values } = parse(argv, { ipp: { type: 'string' } }, a4StatusUsage);
  const status = await printerAt(required(values.ipp, '--ipp', a4StatusUsage), a4StatusUsage).status();
  process.stdout.write(`${JSON.stringify({ ...status, health: healthOf(status) })}\n`);
}

async function printA4(argv: string[]): Promise<void> {
  const { values } = parse(argv, { ipp: { type: 'string' }, file: { type: 'string' }, sides: { type: 'string' } }, printA4Usage);
  const printer = printerAt(required(values.ipp, '--ipp', printA4Usage), printA4Usage);
  const file = required(values.file, '--file', printA4Usage);
  const pdf = readFileSync(file);
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new UsageError(`${file} is not a PDF\nusage: ${printA4Usage}`);
  const sides = oneOf(values.sides ?? 'one-sided', '--sides', ['one-sided', 'two-sided-long-edge'] as const);
  const outcome = await printer.print(pdf, { jobName: `tongban ${file.split('/').at(-1) ?? 'document'}`, sides });
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
  if (!outcome.printed) throw new Error(`A4 文件未能打印 / the A4 document was not printed: ${failureText(outcome)}`);
}

export const a4Commands = {
  'a4-status': { usage: a4StatusUsage, run: a4Status },
  'print-a4': { usage: printA4Usage, run: printA4 },
} satisfies Record<string, Command>;
