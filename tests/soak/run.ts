import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatTable } from '../bench/figure.js';
import { soak, type HeapGrowth } from './soak.js';

/**
 * `npm run soak -- --citizens N [--faults] [--pace realistic|full] [--snapshots]
 * [--platform-down-minutes M]`: see soak.ts. Samples go to stderr as they are taken; the figures,
 * each beside its goal, to stdout; the exit code says whether every goal was met.
 */
const optionsSchema = z.object({
  citizens: z.coerce.number().int().min(10),
  faults: z.boolean(),
  pace: z.enum(['full', 'realistic']),
  snapshots: z.boolean(),
  'platform-down-minutes': z.coerce.number().positive(),
});

const { values } = parseArgs({
  options: {
    citizens: { type: 'string', default: '2000' },
    faults: { type: 'boolean', default: false },
    pace: { type: 'string', default: 'full' },
    snapshots: { type: 'boolean', default: false },
    'platform-down-minutes': { type: 'string', default: '2' },
  },
});
const options = optionsSchema.parse(values);
const result = await soak({ ...options, platformDownMinutes: options['platform-down-minutes'], progress: (line) => process.stderr.write(`${line}\n`) });

const print = (line: string) => process.stdout.write(`${line}\n`);
print(formatTable(result.checked.map((c) => c.figure)));
const missed = result.checked.filter((c) => !c.met).map((c) => c.figure.name);
print(missed.length === 0 ? 'every goal met' : `goals missed:\n  ${missed.join('\n  ')}`);
print(`refusals the citizens saw: ${JSON.stringify(result.refusals)}`);
for (const growth of result.growth) printGrowth(growth);
process.exitCode = missed.length === 0 ? 0 : 1;

function printGrowth(growth: HeapGrowth): void {
  print(`\n${growth.process}: what grew from citizen ${result.from} to ${options.citizens} (heap snapshots)`);
  for (const g of growth.objects) print(`  ${g.name.padEnd(48)} ${String(g.countBefore).padStart(8)} → ${String(g.countAfter).padStart(8)}  +${(g.bytesGrown / 1e3).toFixed(0)} kB`);
  print(`  V8 heap spaces: ${growth.spaces.map((s) => `${s.space} ${s.beforeMB.toFixed(2)} → ${s.afterMB.toFixed(2)} MB`).join(', ')}`);
}
