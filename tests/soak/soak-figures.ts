import { figure, type Figure } from '../bench/figure.js';
import type { ProcessSample, Sample } from './samples.js';

/** The issue's goals: growth from citizen 1,000 to the last that a terminal running for months may show. */
export const allowed = { heapGrowthPct: 5, rssGrowthPct: 10, walMB: 64, cpuPerCitizenRatio: 1.25 } as const;

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

/** CPU milliseconds per citizen between each sample and the next, for the intervals that saw citizens. */
function cpuPerCitizen(samples: Sample[], pick: (s: Sample) => ProcessSample): number[] {
  return samples.slice(1).flatMap((s, i) => {
    const before = samples[i];
    return before && s.citizen > before.citizen ? [((pick(s).cpuS - pick(before).cpuS) * 1000) / (s.citizen - before.citizen)] : [];
  });
}

/**
 * One process's figures from `from` to the last sample. Event-loop delay and CPU per citizen are
 * medians of three samples (each covers the citizens since the one before), so one slow GC or one
 * heap snapshot does not decide them. The delay depends on what else the machine runs; the CPU
 * time a citizen costs hardly does, so it tells work that grows with the data from a busy machine.
 */
function processFigures(label: string, samples: Sample[], pick: (s: Sample) => ProcessSample, from: number): Checked[] {
  const afterFrom = samples.filter((s) => s.citizen >= from);
  const [first, last] = [afterFrom[0], afterFrom.at(-1)];
  if (!first || !last) throw new Error(`the soak took no sample at citizen ${from}`);
  const [at, end, to] = [pick(first), pick(last), last.citizen];
  const heap = growthPct(at.heapMB, end.heapMB);
  const rss = growthPct(at.rssMB, end.rssMB);
  const loop = (which: Sample[]) => median(which.map((s) => pick(s).loopP99Ms));
  const [loopAt, loopLast] = [loop(afterFrom.slice(0, 3)), loop(afterFrom.slice(-3))];
  const cpu = cpuPerCitizen(afterFrom, pick);
  const [cpuAt, cpuLast] = [median(cpu.slice(0, 3)), median(cpu.slice(-3))];
  return [
    { figure: figure(`${label}: V8 heap after GC, growth ${from} → ${to} (${at.heapMB.toFixed(1)} → ${end.heapMB.toFixed(1)} MB)`, heap, '%', 'allowed', allowed.heapGrowthPct), met: heap <= allowed.heapGrowthPct },
    { figure: figure(`${label}: resident memory after GC, growth ${from} → ${to} (${at.rssMB.toFixed(0)} → ${end.rssMB.toFixed(0)} MB)`, rss, '%', 'allowed', allowed.rssGrowthPct), met: rss <= allowed.rssGrowthPct },
    // Shown, not a goal: it swings with the garbage V8 holds at the moment of the sample.
    { figure: figure(`${label}: resident memory before GC (${at.rssBeforeGcMB.toFixed(0)} → ${end.rssBeforeGcMB.toFixed(0)} MB)`, growthPct(at.rssBeforeGcMB, end.rssBeforeGcMB), '%', 'allowed', allowed.rssGrowthPct), met: true },
    { figure: figure(`${label}: memory outside the V8 heap (Buffers, native objects)`, end.externalMB, 'MB', `at ${from}`, at.externalMB), met: true },
    { figure: figure(`${label}: open files, pipes and devices at ${to}${end.databaseFds > 0 ? ", the platform database's aside" : ''}`, end.fds - end.databaseFds, 'fds', `at ${from}`, at.fds - at.databaseFds), met: end.fds - end.databaseFds <= at.fds - at.databaseFds },
    ...(end.databaseFds > 0 ? [{ figure: figure(`${label}: the platform database's open files at ${to} (Postgres keeps at most its max_files_per_process, 1000)`, end.databaseFds, 'fds', `at ${from}`, at.databaseFds), met: true }] : []),
    { figure: figure(`${label}: open sockets at ${to}`, end.sockets, 'fds', `at ${from}`, at.sockets), met: end.sockets <= at.sockets + socketSlack },
    { figure: figure(`${label}: event-loop delay p99, median of the last 3 samples`, loopLast, 'ms', `3 samples from ${from}`, loopAt), met: loopLast <= Math.max(loopAt * 1.5, loopAt + 5) },
    { figure: figure(`${label}: CPU per citizen, median of the last 3 samples`, cpuLast, 'ms', `3 samples from ${from}`, cpuAt), met: cpuLast <= cpuAt * allowed.cpuPerCitizenRatio },
  ];
}

/** Each figure's growth from `from` to the last sample, beside what the soak allows. */
export function soakFigures(samples: Sample[], from: number, delivery: Delivery, catalog?: CatalogOutcome): Checked[] {
  const at = samples.find((s) => s.citizen === from);
  const last = samples.at(-1);
  if (!at || !last) throw new Error(`the soak took no sample at citizen ${from}`);
  const to = last.citizen;
  return [
    ...processFigures('core', samples, (s) => s.core, from),
    ...processFigures('browser host + platform', samples, (s) => s.host, from),
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
