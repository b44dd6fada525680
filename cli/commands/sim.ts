import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SIM_CARDS } from '../../drivers/sim/cards.js';
import { SIM_FAULTS } from '../../drivers/sim/idcard-faults.js';
import { idcardSimOnPty, printerSimOnPty } from '../../drivers/sim/on-pty.js';
import { printerSimOnTcp } from '../../drivers/sim/on-tcp.js';
import type { PrinterSimState } from '../../drivers/sim/printer-sim.js';
import { integer, oneOf, paper, parse, pick, tcpPort } from '../args.js';
import { usageOf, type Command } from '../command.js';
import { untilSignal } from '../until-signal.js';
import { appCode } from './sim-app-code.js';
import { fleet } from './sim-fleet.js';
import { scanner } from './sim-scanner.js';

const idcardUsage = `tongban sim idcard [--card ${Object.keys(SIM_CARDS).join('|')}] [--present-after N]
    [--fault ${SIM_FAULTS.join('|')}]... [--slow-ms N] [--dir DIR]`;

/** The printer's standing conditions, as its status bytes report them from the first query. */
const printerFaults: Readonly<Record<string, PrinterSimState>> = {
  'paper-out': { paperOut: true },
  'paper-near-end': { paperNearEnd: true },
  'cover-open': { coverOpen: true },
};
const printerUsage = `tongban sim printer [--paper 58|80] [--fault ${Object.keys(printerFaults).join('|')}]... [--tcp PORT] [--out DIR] [--dir DIR]`;

const simDir = (dir: string | undefined): string => (dir ? resolve(dir) : mkdtempSync(join(tmpdir(), 'tongban-sim-')));

/** A SAM reader on a pty: prints the port a driver should open, runs until Ctrl+C. */
async function idcard(argv: string[]): Promise<void> {
  const options = { card: { type: 'string' }, 'present-after': { type: 'string' }, fault: { type: 'string', multiple: true }, 'slow-ms': { type: 'string' }, dir: { type: 'string' } } as const;
  const { values } = parse(argv, options, idcardUsage);
  const card = pick(values.card ?? 'resident', '--card', SIM_CARDS);
  const presentAfter = values['present-after'] === undefined ? {} : { presentAfterPolls: integer(values['present-after'], '--present-after', 1) };
  const faults = (values.fault ?? []).map((name) => oneOf(name, '--fault', SIM_FAULTS));
  const slowMs = integer(values['slow-ms'], '--slow-ms', 1000, { max: 600_000 });
  const running = await idcardSimOnPty(simDir(values.dir), { card, ...presentAfter, faults, slowMs });
  process.stdout.write(`${running.portPath}\n`);
  await untilSignal();
  return running.close();
}

/** An ESC/POS printer on a pty, or with --tcp a network printer (stdout says HOST:PORT, as `device print --tcp` takes it). */
async function printer(argv: string[]): Promise<void> {
  const options = { paper: { type: 'string' }, fault: { type: 'string', multiple: true }, tcp: { type: 'string' }, out: { type: 'string' }, dir: { type: 'string' } } as const;
  const { values } = parse(argv, options, printerUsage);
  const states = (values.fault ?? []).map((name) => pick(name, '--fault', printerFaults));
  const size = paper(values.paper);
  const tcp = values.tcp === undefined ? undefined : tcpPort(values.tcp, '--tcp', 9100, 0);
  const dir = simDir(values.dir);
  const outDir = resolve(values.out ?? join(dir, 'receipts'));
  const running = tcp === undefined ? await printerSimOnPty(dir, { paper: size, outDir }) : await printerSimOnTcp(tcp, { paper: size, outDir });
  for (const state of states) running.sim.setState(state);
  process.stdout.write(`${'portPath' in running ? running.portPath : `${running.host}:${running.port}`}\n`);
  process.stderr.write(`receipts go to ${outDir}\n`);
  running.sim.onReceipt((printed) => process.stderr.write(`printed ${printed.pngPath ?? printed.textPath ?? 'a receipt'}\n`));
  await untilSignal();
  return running.close();
}

const subcommands = {
  idcard: { usage: idcardUsage, run: idcard },
  printer: { usage: printerUsage, run: printer },
  scanner,
  'app-code': appCode,
  fleet,
} satisfies Record<string, Command>;

/** Simulators that speak the devices' bytes, for technicians and tests without hardware. */
export const sim: Command = {
  usage: usageOf(subcommands),
  summary: 'a simulator on a pty (prints the port path): idcard | printer | scanner | app-code; a simulated fleet: fleet',
  subcommands,
};
