import { statfsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { purgeAcknowledged } from '../cases/retention.js';
import { guardDisk, purgeFilesBefore, type PurgeStep } from './disk-guard.js';
import { defaultDiskThresholds, type DiskThresholds } from './disk-policy.js';

const dayMs = 24 * 60 * 60 * 1000;

/** Logs and saved PDFs of the last week stay: a technician looking into last week's fault reads them. */
const keptFilesDays = 7;

export interface DiskWatchOptions {
  dataDir: string;
  db: Database;
  log: (line: string) => void;
  /** Told when the verdict changes, so the lifecycle (diskFull) is decided again. */
  onChange: () => void;
  /** Room left for new data; injected by tests. Default: the file system's free space and the store's free pages. */
  freeBytes?: () => number;
  thresholds?: DiskThresholds;
  now?: () => Date;
}

/**
 * Room for new data: the file system's free bytes, and the pages the store freed (a purge empties
 * rows without shrinking the file; SQLite writes new cases into those pages first).
 */
function roomFor(dataDir: string, db: Database): number {
  const disk = statfsSync(dataDir);
  const freePages = Number(db.pragma('freelist_count', { simple: true }));
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  return disk.bavail * disk.bsize + freePages * pageSize;
}

/** The cheapest loss first: old logs, old saved PDFs, then what the platform already holds. */
function purgeSteps(options: DiskWatchOptions, now: Date): PurgeStep[] {
  const cutoff = new Date(now.getTime() - keptFilesDays * dayMs);
  return [
    purgeFilesBefore(join(options.dataDir, 'logs'), cutoff),
    purgeFilesBefore(join(options.dataDir, 'documents'), cutoff),
    { name: 'personal data and material images of cases the platform holds', run: () => void purgeAcknowledged(options.db, 0, now) },
  ];
}

/**
 * The disk guard on a schedule: purges before the disk fills, and only when nothing is left to
 * purge says the terminal is full (the lifecycle's diskFull: no new case, queries still served).
 */
export class DiskWatch {
  private full = false;

  constructor(private readonly options: DiskWatchOptions) {}

  isFull(): boolean {
    return this.full;
  }

  check(): void {
    const { options } = this;
    const now = (options.now ?? (() => new Date()))();
    const freeBytes = options.freeBytes ?? (() => roomFor(options.dataDir, options.db));
    const full = guardDisk({ freeBytes, steps: purgeSteps(options, now), thresholds: options.thresholds ?? defaultDiskThresholds, log: options.log }) === 'refuseNewCases';
    if (full === this.full) return;
    this.full = full;
    if (!full) options.log('disk: room again; new cases are taken');
    options.onChange();
  }

  /** Checks now and every `everyMs` until stopped. */
  start(everyMs: number): () => void {
    this.check();
    const timer = setInterval(() => this.check(), everyMs);
    return () => clearInterval(timer);
  }
}
