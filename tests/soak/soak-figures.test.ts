import { describe, expect, it } from 'vitest';
import type { ProcessSample, Sample } from './samples.js';
import { soakFigures, type CatalogOutcome, type Delivery } from './soak-figures.js';

const steady: ProcessSample = { rssMB: 300, rssBeforeGcMB: 400, heapMB: 35, externalMB: 17, fds: 38, databaseFds: 0, sockets: 6, loopP99Ms: 100, cpuS: 0 };
const delivered: Delivery = { accepted: 10, distinct: 10, stored: { rows: 10, distinct: 10, platformTotal: 10 }, drained: true };

/** Samples every 500 citizens from 1,000 to 3,500; `host(i)` and `core(i)` change the i-th one. */
function run(change: { core?: (i: number) => Partial<ProcessSample>; host?: (i: number) => Partial<ProcessSample> } = {}): Sample[] {
  return [0, 1, 2, 3, 4, 5].map((i) => ({
    citizen: 1000 + i * 500,
    // 60 ms of CPU a citizen, unless the change says otherwise.
    core: { ...steady, cpuS: i * 30, ...change.core?.(i) },
    host: { ...steady, cpuS: i * 30, ...change.host?.(i) },
    storeMB: 20,
    walMB: 4,
    platformDbMB: 42,
    outbox: 0,
  }));
}

const missed = (samples: Sample[], catalog?: CatalogOutcome) =>
  soakFigures(samples, 1000, delivered, catalog)
    .filter((c) => !c.met)
    .map((c) => c.figure.name);

describe("the soak's figures beside its goals", () => {
  it('meets every goal for a kiosk that stays flat', () => {
    expect(missed(run())).toEqual([]);
  });

  it('counts resident memory after the forced collections: garbage V8 had not yet freed is not growth, memory kept is', () => {
    expect(missed(run({ core: (i) => ({ rssBeforeGcMB: i === 5 ? 600 : 400 }) }))).toEqual([]);
    expect(missed(run({ core: (i) => ({ rssMB: i === 5 ? 340 : 300 }) }))).toEqual([expect.stringContaining('core: resident memory after GC')]);
  });

  it('takes a file the platform database opened for another table as its own business, and any other file as a leak', () => {
    expect(missed(run({ host: (i) => ({ fds: 196 + i, databaseFds: 150 + i }) }))).toEqual([]);
    expect(missed(run({ host: (i) => ({ fds: 196 + i, databaseFds: 150 }) }))).toEqual([expect.stringContaining('browser host + platform: open files')]);
  });

  it('fails CPU per citizen that grows with the data, not one slow stretch (a heap snapshot) among three', () => {
    // The last stretch costs 10 s more (a heap snapshot): one of three, so the median does not see it.
    expect(missed(run({ core: (i) => ({ cpuS: i * 30 + (i === 5 ? 10 : 0) }) }))).toEqual([]);
    // Each citizen costing more than the one before: 60, 80, 100, 120, 140 ms.
    expect(missed(run({ core: (i) => ({ cpuS: 10 * i * i + 50 * i }) }))).toEqual([expect.stringContaining('core: CPU per citizen')]);
  });

  it('wants the published catalog running at the end, on the screen, and no refusal new since it', () => {
    const installed: CatalogOutcome = { published: 1, installed: 1, shown: true, newRefusals: [] };
    expect(missed(run(), installed)).toEqual([]);
    expect(missed(run(), { ...installed, installed: null })).toEqual([expect.stringContaining('catalog version the kiosk runs')]);
    expect(missed(run(), { ...installed, newRefusals: ['case.submit UNKNOWN_ITEM'] })).toEqual([expect.stringContaining('case.submit UNKNOWN_ITEM')]);
  });
});
