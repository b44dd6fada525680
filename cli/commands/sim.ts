import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SIM_CARDS } from '../../drivers/sim/cards.js';
import { SIM_FAULTS, isSimFault, type SimFault } from '../../drivers/sim/idcard-faults.js';
import { idcardSimOnPty, printerSimOnPty } from '../../drivers/sim/on-pty.js';
import { printerSimOnTcp } from '../../drivers/sim/on-tcp.js';
import { integer, paper, parse } from '../args.js';
import { UsageError } from '../fail.js';
import { appCodeUsage, simAppCode } from './sim-app-code.js';

const usage = `tongban sim idcard [--card ${Object.keys(SIM_CARDS).join('|')}] [--present-after N]
    [--fault ${SIM_FAULTS.join('|')}]... [--slow-ms N] [--dir DIR]
  tongban sim printer [--paper 58|80] [--tcp PORT] [--out DIR] [--dir DIR]
  ${appCodeUsage}`;

function untilSignal(): Promise<void> {
  return new Promise((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

function fault(name: string): SimFault {
  if (!isSimFault(name)) throw new UsageError(`--fault must be one of ${SIM_FAULTS.join(', ')}; got "${name}"`);
  return name;
}

/** A simulator on a pty: prints the port a driver should open, runs until Ctrl+C. */
export async function sim(argv: string[]): Promise<void> {
  // No device: the phone's screen, printed once.
  if (argv[0] === 'app-code') return simAppCode(argv.slice(1));
  const { values, positionals } = parse(
    argv,
    {
      card: { type: 'string' }, 'present-after': { type: 'string' }, fault: { type: 'string', multiple: true },
      'slow-ms': { type: 'string' }, paper: { type: 'string' }, out: { type: 'string' }, dir: { type: 'string' }, tcp: { type: 'string' },
    },
    usage,
  );
  const dir = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), 'tongban-sim-'));
  const kind = positionals[0];
  if (kind === 'idcard') {
    const card = SIM_CARDS[values.card ?? 'resident'];
    if (!card) throw new UsageError(`--card must be one of ${Object.keys(SIM_CARDS).join(', ')}; got "${values.card ?? ''}"`);
    const presentAfter = values['present-after'] === undefined ? {} : { presentAfterPolls: integer(values['present-after'], '--present-after', 1) };
    const faults = (values.fault ?? []).map(fault);
    const slowMs = integer(values['slow-ms'], '--slow-ms', 1000);
    const running = await idcardSimOnPty(dir, { card, ...presentAfter, faults, slowMs });
    process.stdout.write(`${running.portPath}\n`);
    await untilSignal();
    return running.close();
  }
  if (kind === 'printer') {
    const outDir = resolve(values.out ?? join(dir, 'receipts'));
    const options = { paper: paper(values.paper), outDir };
    // With --tcp it is a network printer: stdout says HOST:PORT, as `device print --tcp` takes it.
    const running = values.tcp === undefined ? await printerSimOnPty(dir, options) : await printerSimOnTcp(integer(values.tcp, '--tcp', 9100), options);
    process.stdout.write(`${'portPath' in running ? running.portPath : `${running.host}:${running.port}`}\n`);
    process.stderr.write(`receipts go to ${outDir}\n`);
    running.sim.onReceipt((printed) => process.stderr.write(`printed ${printed.pngPath ?? printed.textPath ?? 'a receipt'}\n`));
    await untilSignal();
    return running.close();
  }
  throw new UsageError(`unknown simulator "${kind ?? ''}"\nusage: ${usage}`);
}
