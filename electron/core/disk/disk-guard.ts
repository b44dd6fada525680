import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { diskVerdict, type DiskThresholds } from './disk-policy.js';

export interface PurgeStep {
  /** For the technician's log line: what was purged. */
  name: string;
  run(): void;
}

export interface DiskGuardOptions {
  /** Free bytes where the data folder lives (statfs in production, anything in a test). */
  freeBytes: () => number;
  /** Cheapest loss first: old logs before delivered materials. */
  steps: PurgeStep[];
  thresholds: DiskThresholds;
  log: (line: string) => void;
}

/**
 * Purges step by step until there is room again; returns whether new cases must be refused
 * because even then there is not.
 */
export function guardDisk(options: DiskGuardOptions): 'ok' | 'refuseNewCases' {
  let free = options.freeBytes();
  for (const step of options.steps) {
    if (diskVerdict(free, false, options.thresholds) !== 'purge') return 'ok';
    step.run();
    const before = free;
    free = options.freeBytes();
    options.log(`disk low: purged ${step.name}, ${Math.round((free - before) / 1024 ** 2)} MB freed, ${Math.round(free / 1024 ** 2)} MB free`);
  }
  const verdict = diskVerdict(free, true, options.thresholds);
  if (verdict === 'refuseNewCases') options.log(`disk full: ${Math.round(free / 1024 ** 2)} MB free after purging; new cases are refused until a technician frees space`);
  return verdict === 'refuseNewCases' ? 'refuseNewCases' : 'ok';
}

/** Files in `dir` last written before `cutoff`; the recent ones stay for the technician. */
export function purgeFilesBefore(dir: string, cutoff: Date): PurgeStep {
  return {
    name: `files in ${dir} older than ${cutoff.toISOString()}`,
    run: () => {
      if (!existsSync(dir)) return;
      const entries = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile());
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (statSync(path).mtime < cutoff) rmSync(path, { force: true });
      }
    },
  };
}
