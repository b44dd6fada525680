import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_CARDS } from '../../drivers/sim/cards.js';
import { idcardSimOnPty, printerSimOnPty } from '../../drivers/sim/on-pty.js';
import { integer, paper, parse } from '../args.js';
import { UsageError } from '../fail.js';

const usage = 'tongban sim idcard [--card 0-3] [--present-after N] [--dir DIR] | tongban sim printer [--paper 58|80] [--out DIR] [--dir DIR]';

function untilSignal(): Promise<void> {
  return new Promise((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

/** A simulator on a pty: prints the port a driver should open, runs until Ctrl+C. */
export async function sim(argv: string[]): Promise<void> {
  const { values, positionals } = parse(
    argv,
    { card: { type: 'string' }, 'present-after': { type: 'string' }, paper: { type: 'string' }, out: { type: 'string' }, dir: { type: 'string' } },
    usage,
  );
  const dir = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), 'tongban-sim-'));
  const kind = positionals[0];
  if (kind === 'idcard') {
    const card = DEMO_CARDS[integer(values.card, '--card', 0)];
    if (!card) throw new UsageError(`--card must be 0-${DEMO_CARDS.length - 1}`);
    const presentAfter = values['present-after'] === undefined ? {} : { presentAfterPolls: integer(values['present-after'], '--present-after', 1) };
    const running = await idcardSimOnPty(dir, { card, ...presentAfter });
    process.stdout.write(`${running.portPath}\n`);
    await untilSignal();
    return running.close();
  }
  if (kind === 'printer') {
    const outDir = resolve(values.out ?? join(dir, 'receipts'));
    const running = await printerSimOnPty(dir, { paper: paper(values.paper), outDir });
    process.stdout.write(`${running.portPath}\n`);
    process.stderr.write(`receipts go to ${outDir}\n`);
    running.sim.onReceipt((printed) => process.stderr.write(`printed ${printed.pngPath ?? printed.textPath ?? 'a receipt'}\n`));
    await untilSignal();
    return running.close();
  }
  throw new UsageError(`unknown simulator "${kind ?? ''}"\nusage: ${usage}`);
}
