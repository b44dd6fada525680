import { start } from './commands/start.js';
import { fail, UsageError } from './fail.js';

const commands: Record<string, (argv: string[]) => Promise<void>> = {
  start,
};

const usage = `usage: tongban <command> [options]
  start [--demo] [--browser] [--no-ui] [--data DIR]   the kiosk (a demo when not enrolled)`;

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
