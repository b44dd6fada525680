import { figure, type Figure } from '../bench/figure.js';
import type { ProcessSample, Sample } from './samples.js';

/** The issue's goals: growth from citizen 1,000 to the last that a terminal running for months may show. */
export const allowed = { heapGrowthPct: 5, rssGrowthPct: 10, walMB: 64 } as const;

/** Keep-alive connections to the platform and the host open and close with the requests. */
const socketSlack = 2;

export interface Delivery {
  accepted: number;
  distinct: number;
  stored: { rows: number; distinct: number; platformTotal: number };
  drained: boolean;
}

function growthPct(from: number, to: number): number {
  return ((to - from) / from) * 100;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** What became of `--faults`' catalog update: the version the kiosk ran at the end, what citizens saw. */
export interface CatalogOutcome {
  published: number;
  /** What the kiosk last told the platform it runs; null if it never said. */
  installed: number | null;
  /** Whether the kiosk's list of items shows the update's change. */
  shown: boolean;
  /** Kinds of refusal no citizen met before the update was published. */
  newRefusals: string[];
}

/** A figure beside its goal, and whether it meets it. */
export interface Checked {
  figure: Figure;
  met: boolean;
}

function processFigures(label: string, at: ProcessSample, last: ProcessSample, loopAt: number, loopLast: number, from: number, to: number): Checked[] {
  const heap = growthPct(at.heapMB, last.heapMB);
  const rss = growthPct(at.rssMB, last.rssMB);
  return [
    { figure: figure(`${label}: V8 heap after GC, growth ${from} → ${to} (${at.heapMB.toFixed(1)} → ${last.heapMB.toFixed(1)} MB)`, heap, '%', 'allowed', allowed.heapGrowthPct), met: heap <= allowed.heapGrowthPct },
    { figure: figure(`${label}: resident memory, growth ${from} → ${to} (${at.rssMB.toFixed(0)} → ${last.rssMB.toFixed(0)} MB)`, rss, '%', 'allowed', allowed.rssGrowthPct), met: rss <= allowed.rssGrowthPct },
    { figure: figure(`${label}: open files, pipes and devices at ${to}`, last.fds, 'fds', `at ${from}`, at.fds), met: last.fds <= at.fds },
    { figure: figure(`${label}: open sockets at ${to}`, last.sockets, 'fds', `at ${from}`, at.sockets), met: last.sockets <= at.sockets + socketSlack },
    // Each sample's p99 covers the citizens since the one before; three samples smooth one slow GC.
    { figure: figure(`${label}: event-loop delay p99, median of the last 3 samples`, loopLast, 'ms', `3 samples from ${from}`, loopAt), met: loopLast <= Math.max(loopAt * 1.5, loopAt + 5) },
  ];
}

/** Each figure's growth from `from` to the last sample, beside what the soak allows. */
export function soakFigures(samples: Sample[], from: number, delivery: Delivery, catalog?: CatalogOutcome): Checked[] {
  const at = samples.find((s) => s.citizen === from);
  const last = samples.at(-1);
  if (!at || !last) throw new Error(`the soak took no sample at citizen ${from}`);
  const to = last.citizen;
  const afterFrom = samples.filter((s) => s.citizen >= from);
  const loop = (pick: (s: Sample) => ProcessSample, which: Sample[]) => median(which.map((s) => pick(s).loopP99Ms));
  return [
    ...processFigures('core', at.core, last.core, loop((s) => s.core, afterFrom.slice(0, 3)), loop((s) => s.core, afterFrom.slice(-3)), from, to),
    ...processFigures('browser host + platform', at.host, last.host, loop((s) => s.host, afterFrom.slice(0, 3)), loop((s) => s.host, afterFrom.slice(-3)), from, to),
    { figure: figure(`kiosk store WAL at ${to}`, last.walMB, 'MB', 'allowed', allowed.walMB), met: last.walMB <= allowed.walMB },
    { figure: figure(`kiosk store at ${to}`, last.storeMB, 'MB', `at ${from}`, at.storeMB), met: true },
    { figure: figure(`platform database at ${to}`, last.platformDbMB, 'MB', `at ${from}`, at.platformDbMB), met: true },
    { figure: figure('outbox depth at the end', last.outbox, 'items', 'allowed', 0), met: last.outbox === 0 && delivery.drained },
    { figure: figure('cases accepted by the kiosk, each on the platform', delivery.stored.distinct, 'cases', 'accepted', delivery.accepted), met: delivery.stored.distinct === delivery.accepted && delivery.distinct === delivery.accepted },
    { figure: figure('platform rows for those cases (exactly once)', delivery.stored.rows, 'rows', 'accepted', delivery.accepted), met: delivery.stored.rows === delivery.accepted },
    ...(catalog ? catalogFigures(catalog) : []),
  ];
}

function catalogFigures(catalog: CatalogOutcome): Checked[] {
  const seen = catalog.shown ? 'its change on the screen' : 'its change NOT on the screen';
  return [
    { figure: figure(`catalog version the kiosk runs at the end (${seen})`, catalog.installed ?? 0, 'version', 'published', catalog.published), met: catalog.installed === catalog.published && catalog.shown },
    { figure: figure(`kinds of refusal first met after the catalog update${catalog.newRefusals.length > 0 ? ` (${catalog.newRefusals.join(', ')})` : ''}`, catalog.newRefusals.length, 'kinds', 'allowed', 0), met: catalog.newRefusals.length === 0 },
  ];
}
