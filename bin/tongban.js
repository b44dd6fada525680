#!/usr/bin/env node
// The technician's command. It runs the compiled code in dist/; `npm run build` makes it.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('tongban: not built yet: run `npm run build` in the tongban folder first\n');
  process.exit(1);
}
await import(main.href);
