import { technicianPinSchema } from '../../electron/api/technician.js';
import { TechnicianAccess } from '../../electron/core/technician/technician-access.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { parse } from '../args.js';
import type { Command } from '../command.js';
import { dataDir, terminalStore } from '../data-dir.js';
import { UsageError } from '../fail.js';
import { readStdinLine } from '../stdin-line.js';

const usage = 'tongban technician-pin set --pin-stdin [--data DIR]';

/** The PIN on stdin's first line, refused unless it is 6 to 12 digits. */
export async function pinFromStdin(): Promise<string> {
  const checked = technicianPinSchema.safeParse(await readStdinLine('--pin-stdin'));
  if (!checked.success) throw new UsageError('技术人员 PIN 应为 6 至 12 位数字 / the technician PIN must be 6 to 12 digits');
  return checked.data;
}

/** Sets or replaces the PIN of technician mode, and lifts any lockout: safe beside a running kiosk. */
async function set(argv: string[]): Promise<void> {
  const { values } = parse(argv, { 'pin-stdin': { type: 'boolean' }, data: { type: 'string' } }, usage);
  if (!values['pin-stdin']) throw new UsageError(`the PIN is read from stdin, never from the command line: --pin-stdin\nusage: ${usage}`);
  const path = terminalStore(dataDir(values.data));
  const pin = await pinFromStdin();
  const db = openStore(path);
  try {
    await new TechnicianAccess(db).setPin(pin);
  } finally {
    db.close();
  }
  process.stdout.write(`${JSON.stringify({ technicianPin: 'set' })}\n`);
}

export const technicianPin: Command = {
  usage,
  summary: "technician mode's PIN",
  subcommands: { set: { usage, summary: 'set or replace the PIN (6-12 digits, one line on stdin)', run: set } },
};
