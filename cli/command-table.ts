/** Every `tongban` command, as one tree: main.ts dispatches through it and the tests walk it. */
import type { Command } from './command.js';
import { catalog } from './commands/catalog.js';
import { config } from './commands/config.js';
import { device } from './commands/device.js';
import { doctorCommand } from './commands/doctor.js';
import { enroll, usage as enrollUsage } from './commands/enroll.js';
import { outbox } from './commands/outbox.js';
import { platform, usage as platformUsage } from './commands/platform.js';
import { platformAdmin } from './commands/platform-admin.js';
import { platformToken } from './commands/platform-token.js';
import { sim } from './commands/sim.js';
import { start, usage as startUsage } from './commands/start.js';
import { technicianPin } from './commands/technician-pin.js';

const subcommands: Readonly<Record<string, Command>> = {
  start: { usage: startUsage, summary: 'the kiosk (a demo when not enrolled)', run: start },
  platform: {
    usage: `${platformUsage}\n  ${platformAdmin.usage}\n  ${platformToken.usage}`,
    summary: 'the terminal management platform, its console accounts and enrollment tokens',
    run: platform,
    subcommands: { admin: platformAdmin, token: platformToken },
  },
  enroll: { usage: enrollUsage, summary: 'provision this terminal at a platform', run: enroll },
  sim,
  device,
  outbox,
  catalog,
  config,
  doctor: doctorCommand,
  'technician-pin': technicianPin,
};

const summaries = Object.entries(subcommands).map(([name, command]) => `  ${name.padEnd(14)} ${command.summary ?? ''}`);

export const tongban: Command = {
  usage: `tongban <command> [options]    (tongban <command> --help for its options; tongban --version)\n${summaries.join('\n')}`,
  subcommands,
};
