import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { scanSuffixes } from '../../drivers/scanner/line-framer.js';
import { scannerSimOnPty } from '../../drivers/sim/on-pty.js';
import { oneOf, parse } from '../args.js';
import type { Command } from '../command.js';

const usage = `tongban sim scanner [--suffix ${scanSuffixes.join('|')}|none] [--aim] [--prefix TEXT] [--dir DIR]
    each line on stdin is one code held to the scanner`;

/**
 * A serial code scanner on a pty: prints the port `device scan --port` (or the kiosk's config)
 * opens, then scans each line given on stdin, until stdin ends or Ctrl+C.
 */
async function run(argv: string[]): Promise<void> {
  const options = { suffix: { type: 'string' }, aim: { type: 'boolean' }, prefix: { type: 'string' }, dir: { type: 'string' } } as const;
  const { values } = parse(argv, options, usage);
  const suffix = oneOf(values.suffix ?? 'crlf', '--suffix', [...scanSuffixes, 'none'] as const);
  const dir = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), 'tongban-sim-'));
  const running = await scannerSimOnPty(dir, { suffix, aim: values.aim ?? false, ...(values.prefix !== undefined && { prefix: values.prefix }) });
  process.stdout.write(`${running.portPath}\n`);
  const stop = new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  const lines = createInterface({ input: process.stdin, terminal: false });
  const scanning = (async () => {
    for await (const line of lines) if (line.trim() !== '') await running.sim.scan(line.trim());
  })();
  await Promise.race([scanning, stop]);
  lines.close();
  return running.close();
}

export const scanner: Command = { usage, run };
