import { catalog } from './commands/catalog.js';
import { device } from './commands/device.js';
import { enroll } from './commands/enroll.js';
import { outbox } from './commands/outbox.js';
import { platform } from './commands/platform.js';
import { sim } from './commands/sim.js';
import { start } from './commands/start.js';
import { fail, UsageError } from './fail.js';

const commands: Record<string, (argv: string[]) => Promise<void>> = {
  start,
  platform,
  enroll,
  sim,
  device,
  outbox,
  catalog,
};

const usage = `usage: tongban <command> [options]
  start [--demo] [--browser] [--no-ui] [--data DIR]   the kiosk (a demo when not enrolled)
  platform [--port N] [--host ADDR] [--data DIR] [--db URL]   the terminal management platform
  enroll --platform URL --token TOKEN --idcard-port PATH (--printer-port PATH | --printer-tcp HOST:PORT)
  sim idcard|printer [options]                        a simulator on a pty; prints the port path
  sim app-code [keygen] [options]                     a 鄂汇办 identity code signed with a stand-in province key
  device list | read-id | printer-status | print       talk to one device directly
  outbox [--data DIR]                                 what waits to go up, and what the platform refused
  catalog demo | keygen | sign | verify | publish | rollback   item-catalog bundles`;

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"\n${usage}`);
  await command(rest);
}

main(process.argv.slice(2)).catch(fail);
