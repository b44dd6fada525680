export interface DiskThresholds {
  /** Below this much free space, old logs and then delivered materials are purged. */
  purgeBelowBytes: number;
  /** Still below this after purging, the terminal takes no new case: one might not fit. */
  refuseBelowBytes: number;
}

/** 2 GB and 500 MB: a day's cases with their scans are tens of megabytes. */
export const defaultDiskThresholds: DiskThresholds = { purgeBelowBytes: 2 * 1024 ** 3, refuseBelowBytes: 500 * 1024 ** 2 };

export type DiskVerdict = 'ok' | 'purge' | 'refuseNewCases';

/**
 * What to do about the free space: purging first, refusing citizens only when nothing is left
 * to purge. A case that cannot be written whole is worse than one not begun: the citizen would
 * leave thinking it was filed.
 */
export function diskVerdict(freeBytes: number, purgedAll: boolean, thresholds: DiskThresholds): DiskVerdict {
  if (freeBytes >= thresholds.purgeBelowBytes) return 'ok';
  if (!purgedAll) return 'purge';
  return freeBytes >= thresholds.refuseBelowBytes ? 'ok' : 'refuseNewCases';
}
