import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Citizens } from './citizens.js';
import { DemoChild } from './demo-child.js';
import { catalogUpdate } from './catalog-update.js';
import { catalogUpdateFault, faultPlan, FaultSchedule } from './faults.js';
import { censusOf, topGrowth, type Growth } from './heap-growth.js';
import { KioskApi } from './kiosk-api.js';
import { soakFigures, type CatalogOutcome, type Checked } from './soak-figures.js';
import { fileMB, folderMB, sampleProcess, type Sample, type Watched } from './samples.js';

export interface SoakOptions {
  citizens: number;
  faults: boolean;
  pace: 'full' | 'realistic';
  /** Heap snapshots at citizen `from` and at the last, to name what grew. */
  snapshots: boolean;
  platformDownMinutes: number;
  /** Each sample as it is taken, for whoever watches a long run. */
  progress: (line: string) => void;
}

/** What grew in one process between the two snapshots: objects by constructor, and V8's heap spaces. */
export interface HeapGrowth {
  process: 'core' | 'host';
  objects: Growth[];
  spaces: { space: string; beforeMB: number; afterMB: number }[];
}

export interface SoakResult {
  from: number;
  checked: Checked[];
  refusals: Record<string, number>;
  growth: HeapGrowth[];
}

/**
 * The demo (its own process, and the core it forks), driven through the browser host's API as
 * the page drives it by `citizens` citizens one after another, sampled as it goes; each figure's
 * growth from citizen 1,000 (half-way, in a shorter run) to the last, beside the growth allowed.
 */
export async function soak(options: SoakOptions): Promise<SoakResult> {
  const from = Math.min(1000, Math.floor(options.citizens / 2));
  const sampleEvery = Math.max(50, Math.floor(options.citizens / 20));
  // A person reads each screen before the next tap; `full` taps at once.
  const thinkMs = options.pace === 'realistic' ? () => 1000 + Math.random() * 3000 : () => 0;
  const dataDir = mkdtempSync(join(tmpdir(), 'tongban-soak-'));
  const demo = await DemoChild.start(dataDir);
  const api = new KioskApi(demo.kioskUrl, thinkMs);
  const reader = { place: (card: string) => demo.ask({ op: 'placeCard', card }).then(() => undefined), remove: () => demo.ask({ op: 'removeCard' }).then(() => undefined) };
  const citizens = new Citizens(api, reader, demo.appCodeKey);
  const faults = options.faults ? new FaultSchedule(faultPlan(options.platformDownMinutes * 60_000), demo, options.citizens) : undefined;
  const watched = await demo.watch();

  const platformDb = join(dataDir, 'platform-db');
  const sample = async (citizen: number): Promise<Sample> => {
    const status = await api.invoke('kiosk.status', {});
    const kiosk = join(dataDir, 'kiosk');
    return {
      citizen,
      core: await sampleProcess(watched.core),
      host: await sampleProcess(watched.host, platformDb),
      storeMB: fileMB(join(kiosk, 'kiosk.sqlite')),
      walMB: fileMB(join(kiosk, 'kiosk.sqlite-wal')),
      platformDbMB: folderMB(platformDb),
      outbox: status.waitingUploads,
    };
  };

  const samples: Sample[] = [];
  const accepted: string[] = [];
  const refusals: Record<string, number> = {};
  /** Each kind of refusal, and the first citizen who met it. */
  const firstMet = new Map<string, number>();
  const heaps: { core: Heaps; host: Heaps }[] = [];
  const started = Date.now();
  try {
    for (let n = 1; n <= options.citizens; n++) {
      await faults?.step(n);
      const visit = await citizens.visit(n);
      accepted.push(...visit.accepted);
      for (const r of visit.refusals) {
        refusals[r] = (refusals[r] ?? 0) + 1;
        if (!firstMet.has(r)) firstMet.set(r, n);
      }
      // Snapshot first: taking one leaves the inspector's bookkeeping (about 2 MB) in the heap,
      // and the heap figures at `from` and at the end must both carry it, or it reads as growth.
      if (options.snapshots && (n === from || n === options.citizens)) heaps.push({ core: await heapsOf(watched.core), host: await heapsOf(watched.host) });
      if (n === 1 || n % sampleEvery === 0 || n === from || n === options.citizens) {
        const s = await sample(n);
        samples.push(s);
        options.progress(JSON.stringify({ ...s, seconds: Math.round((Date.now() - started) / 1000) }));
      }
    }
    await faults?.step(options.citizens);
    const drained = await waitForOutbox(api);
    const catalog = faults ? await catalogOutcome(api, demo, faults.struckAt(catalogUpdateFault), firstMet) : undefined;
    const stored = await demo.stored(accepted);
    // The figures once everything went up: the outbox at rest, as a lobby's is at night.
    samples.push(await sample(options.citizens));
    const checked = soakFigures(samples, from, { accepted: accepted.length, distinct: new Set(accepted).size, stored, drained }, catalog);
    return { from, checked, refusals, growth: growthOf(heaps) };
  } finally {
    watched.core.inspector.close();
    watched.host.inspector.close();
    await demo.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type Heaps = Awaited<ReturnType<typeof heapsOf>>;

async function heapsOf(target: Watched) {
  return { objects: censusOf(await target.inspector.heapSnapshot()), spaces: await target.inspector.heapSpaces() };
}

function growthOf(heaps: { core: Heaps; host: Heaps }[]): HeapGrowth[] {
  const [before, after] = heaps;
  if (!before || !after) return [];
  return (['core', 'host'] as const).map((which) => ({
    process: which,
    objects: topGrowth(before[which].objects, after[which].objects),
    spaces: Object.entries(after[which].spaces).map(([space, afterMB]) => ({ space, beforeMB: before[which].spaces[space] ?? 0, afterMB })),
  }));
}

/**
 * Once the kiosk says it runs the update (it hears of it at its next heartbeat, a minute at most
 * after the platform took it; five are allowed), whether its list of items shows it, and which
 * kinds of refusal citizens first met after it was published.
 */
async function catalogOutcome(kiosk: KioskApi, demo: DemoChild, publishedAt: number | undefined, firstMet: Map<string, number>): Promise<CatalogOutcome> {
  const deadline = Date.now() + 5 * 60_000;
  let installed = await demo.catalogInstalled();
  while (publishedAt !== undefined && installed !== catalogUpdate.version && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    installed = await demo.catalogInstalled();
  }
  const item = (await kiosk.invoke('catalog.list', {})).find((i) => i.code === catalogUpdate.itemCode);
  const newRefusals = publishedAt === undefined ? [] : [...firstMet].filter(([, citizen]) => citizen >= publishedAt).map(([kind]) => kind);
  return { published: catalogUpdate.version, installed, shown: item?.name === catalogUpdate.name, newRefusals };
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
