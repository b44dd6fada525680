import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatTable } from '../bench/figure.js';
import { Citizens } from './citizens.js';
import { DemoChild } from './demo-child.js';
import { faultPlan, FaultSchedule } from './faults.js';
import { censusOf, topGrowth, type Census } from './heap-growth.js';
import { KioskApi } from './kiosk-api.js';
import { soakFigures } from './soak-figures.js';
import { fileMB, folderMB, sampleProcess, type Sample, type Watched } from './samples.js';

/**
 * `npm run soak -- --citizens N [--faults] [--pace realistic|full] [--snapshots]`: the demo, driven
 * through the browser host's API as the page drives it, by N citizens one after another, with
 * the core's and the host's (with the platform's) figures sampled as it goes; at the end each
 * figure's growth from citizen 1,000 (or half-way, in a shorter run) beside the growth allowed.
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
const from = Math.min(1000, Math.floor(options.citizens / 2));
const sampleEvery = Math.max(50, Math.floor(options.citizens / 20));
/** A person reads each screen before the next tap; `full` taps at once. */
const thinkMs = options.pace === 'realistic' ? () => 1000 + Math.random() * 3000 : () => 0;

const dataDir = mkdtempSync(join(tmpdir(), 'tongban-soak-'));
const demo = await DemoChild.start(dataDir);
const api = new KioskApi(demo.kioskUrl, thinkMs);
const citizens = new Citizens(api, { place: (card) => demo.ask({ op: 'placeCard', card }).then(() => undefined), remove: () => demo.ask({ op: 'removeCard' }).then(() => undefined) }, demo.appCodeKey);
const faults = options.faults ? new FaultSchedule(faultPlan(options['platform-down-minutes'] * 60_000), demo, options.citizens) : undefined;
const watched = await demo.watch();

async function sample(citizen: number): Promise<Sample> {
  const status = await api.invoke('kiosk.status', {});
  const kiosk = join(dataDir, 'kiosk');
  return {
    citizen,
    core: await sampleProcess(watched.core),
    host: await sampleProcess(watched.host),
    storeMB: fileMB(join(kiosk, 'kiosk.sqlite')),
    walMB: fileMB(join(kiosk, 'kiosk.sqlite-wal')),
    platformDbMB: folderMB(join(dataDir, 'platform-db')),
    outbox: status.waitingUploads,
  };
}

async function census(target: Watched): Promise<Map<string, Census>> {
  return censusOf(await target.inspector.heapSnapshot());
}

const samples: Sample[] = [];
const accepted: string[] = [];
const refusals = new Map<string, number>();
const censuses: { core: Map<string, Census>; host: Map<string, Census> }[] = [];
const started = Date.now();
try {
  for (let n = 1; n <= options.citizens; n++) {
    await faults?.step(n);
    const visit = await citizens.visit(n);
    accepted.push(...visit.accepted);
    for (const r of visit.refusals) refusals.set(r, (refusals.get(r) ?? 0) + 1);
    if (n === 1 || n % sampleEvery === 0 || n === from || n === options.citizens) {
      const s = await sample(n);
      samples.push(s);
      process.stderr.write(`${JSON.stringify({ ...s, seconds: Math.round((Date.now() - started) / 1000) })}\n`);
    }
    if (options.snapshots && (n === from || n === options.citizens)) censuses.push({ core: await census(watched.core), host: await census(watched.host) });
  }
  await faults?.step(options.citizens);
  const drained = await waitForOutbox(api);
  const stored = await demo.stored(accepted);
  // The figures after everything went up: the outbox at rest, as a lobby is at night.
  samples.push(await sample(options.citizens));
  const checked = soakFigures(samples, from, { accepted: accepted.length, distinct: new Set(accepted).size, stored, drained });
  process.stdout.write(`${formatTable(checked.map((c) => c.figure))}\n`);
  const missed = checked.filter((c) => !c.met).map((c) => c.figure.name);
  process.stdout.write(missed.length === 0 ? 'every goal met\n' : `goals missed:\n  ${missed.join('\n  ')}\n`);
  process.exitCode = missed.length === 0 ? 0 : 1;
  process.stdout.write(`refusals the citizens saw: ${JSON.stringify(Object.fromEntries(refusals))}\n`);
  const [before, after] = censuses;
  if (before && after) {
    for (const which of ['core', 'host'] as const) {
      process.stdout.write(`\n${which}: what grew from citizen ${from} to ${options.citizens} (heap snapshots)\n`);
      for (const g of topGrowth(before[which], after[which])) process.stdout.write(`  ${g.name.padEnd(48)} ${String(g.countBefore).padStart(8)} → ${String(g.countAfter).padStart(8)}  +${(g.bytesGrown / 1e3).toFixed(0)} kB\n`);
    }
  }
} finally {
  watched.core.inspector.close();
  watched.host.inspector.close();
  await demo.close();
  rmSync(dataDir, { recursive: true, force: true });
}

/** Until the outbox is empty (at most ten minutes: a platform back from an outage drains well within). */
async function waitForOutbox(kiosk: KioskApi): Promise<boolean> {
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    if ((await kiosk.invoke('kiosk.status', {})).waitingUploads === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}
