import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dispatch } from './command.js';
import { tongban } from './command-table.js';
import { fail } from './fail.js';

/** package.json's version: main.js runs from dist/cli/, two folders below the package. */
function version(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return z.object({ version: z.string() }).parse(JSON.parse(text)).version;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--version') process.stdout.write(`tongban ${version()}\n`);
  else if (argv.length === 0 || argv[0] === 'help') process.stdout.write(`usage: ${tongban.usage}\n`);
  else await dispatch(tongban, argv);
}

main(process.argv.slice(2)).catch(fail);
