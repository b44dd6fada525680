import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { DiskWatch } from './disk-watch.js';

const mb = 1024 ** 2;
const now = new Date('2026-12-02T03:00:00Z');
const thresholds = { purgeBelowBytes: 100 * mb, refuseBelowBytes: 20 * mb };

/** A data folder with a month-old log and a new one, and a free-space probe the test sets. */
function terminal(freeMb: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tongban-disk-watch-'));
  mkdirSync(join(dataDir, 'logs'));
  writeFileSync(join(dataDir, 'logs', 'core.log.1'), 'old');
  const monthAgo = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
  utimesSync(join(dataDir, 'logs', 'core.log.1'), monthAgo, monthAgo);
  writeFileSync(join(dataDir, 'logs', 'core.log'), 'new');
  const disk = { free: freeMb * mb, changes: 0, lines: [] as string[] };
  const watch = new DiskWatch({
    dataDir,
    db: openStore(join(dataDir, 'kiosk.sqlite')),
    log: (line) => disk.lines.push(line),
    onChange: () => (disk.changes += 1),
    freeBytes: () => disk.free,
    thresholds,
    now: () => now,
  });
  return { watch, disk, logs: () => readdirSync(join(dataDir, 'logs')).sort() };
}

describe('the disk watch', () => {
  it('leaves everything alone with room to spare', () => {
    const { watch, disk, logs } = terminal(500);
    watch.check();
    expect(watch.isFull()).toBe(false);
    expect(logs()).toEqual(['core.log', 'core.log.1']);
    expect(disk.changes).toBe(0);
  });

  it('purges old logs when space runs low, keeping this week\'s, and stays in service while there is room after', () => {
    const { watch, disk, logs } = terminal(50);
    watch.check();
    expect(logs()).toEqual(['core.log']);
    expect(watch.isFull()).toBe(false);
    expect(disk.lines.some((line) => line.startsWith('disk low: purged'))).toBe(true);
  });

  it('says full only when purging leaves too little, tells the lifecycle, and says so again when room comes back', () => {
    const { watch, disk } = terminal(10);
    watch.check();
    expect(watch.isFull()).toBe(true);
    expect(disk.changes).toBe(1);
    expect(disk.lines.at(-1)).toMatch(/^disk full: 10 MB free after purging; new cases are refused/);
    disk.free = 800 * mb;
    watch.check();
    expect(watch.isFull()).toBe(false);
    expect(disk.changes).toBe(2);
  });
});
