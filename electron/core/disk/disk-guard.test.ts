import { mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardDisk, purgeFilesBefore, type PurgeStep } from './disk-guard.js';
import { diskVerdict } from './disk-policy.js';

const mb = 1024 ** 2;
const thresholds = { purgeBelowBytes: 100 * mb, refuseBelowBytes: 20 * mb };
const now = new Date('2026-12-02T03:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600 * 1000);

/**
 * A data folder on a disk of `capacity` MB that other things fill by `other` MB, holding two old
 * logs of `oldLog` MB, one recent, and `store` MB of delivered materials. Free space is what is left.
 */
function terminal({ capacity, store, other = 0, oldLog = 30 }: { capacity: number; store: number; other?: number; oldLog?: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-disk-'));
  const logs = join(dir, 'logs');
  mkdirSync(logs);
  const log = (name: string, size: number, age: number) => {
    writeFileSync(join(logs, name), Buffer.alloc(size));
    utimesSync(join(logs, name), daysAgo(age), daysAgo(age));
  };
  log('kiosk-2026-10-01.log', oldLog * mb, 62);
  log('kiosk-2026-11-01.log', oldLog * mb, 31);
  log('kiosk-2026-12-01.log', 5 * mb, 1);
  let delivered = store * mb;
  const lines: string[] = [];
  const logBytes = () => readdirSync(logs).reduce((sum, name) => sum + statSync(join(logs, name)).size, 0);
  const materials: PurgeStep & { runs: number } = {
    name: 'delivered materials',
    runs: 0,
    run() {
      this.runs += 1;
      delivered = 0;
    },
  };
  const guard = () =>
    guardDisk({ freeBytes: () => (capacity - other) * mb - logBytes() - delivered, steps: [purgeFilesBefore(logs, daysAgo(7)), materials], thresholds, log: (line) => lines.push(line) });
  return { guard, materials, lines, logsLeft: () => readdirSync(logs).sort() };
}

describe('the disk guard', () => {
  it('touches nothing while there is room', () => {
    const kiosk = terminal({ capacity: 1000, store: 100 });
    expect(kiosk.guard()).toBe('ok');
    expect(kiosk.logsLeft()).toHaveLength(3);
    expect(kiosk.materials.runs).toBe(0);
  });

  it('purges old logs first, keeping the last week, and stops there when that is enough', () => {
    const kiosk = terminal({ capacity: 200, store: 60 });
    expect(kiosk.guard()).toBe('ok');
    expect(kiosk.logsLeft()).toEqual(['kiosk-2026-12-01.log']);
    expect(kiosk.materials.runs).toBe(0);
    expect(kiosk.lines[0]).toMatch(/^disk low: purged files in .*logs older than .*, 60 MB freed, 135 MB free$/);
  });

  it('purges delivered materials next', () => {
    const kiosk = terminal({ capacity: 250, store: 150 });
    expect(kiosk.guard()).toBe('ok');
    expect(kiosk.materials.runs).toBe(1);
  });

  it('refuses new cases only when nothing is left to purge and the disk is still full', () => {
    const kiosk = terminal({ capacity: 100, other: 80, oldLog: 2, store: 2 });
    expect(kiosk.guard()).toBe('refuseNewCases');
    expect(kiosk.materials.runs).toBe(1);
    expect(kiosk.lines.at(-1)).toBe('disk full: 15 MB free after purging; new cases are refused until a technician frees space');
  });

  it('keeps taking cases when purging left less than the purge mark but more than the last-resort one', () => {
    const kiosk = terminal({ capacity: 100, other: 60, oldLog: 2, store: 20 });
    expect(kiosk.guard()).toBe('ok');
  });
});

describe('the disk policy', () => {
  it.each([
    [150, false, 'ok'],
    [99, false, 'purge'],
    [99, true, 'ok'],
    [20, true, 'ok'],
    [19, true, 'refuseNewCases'],
    [0, false, 'purge'],
  ] as const)('%i MB free, purged all: %s → %s', (freeMb, purged, verdict) => {
    expect(diskVerdict(freeMb * mb, purged, thresholds)).toBe(verdict);
  });
});
