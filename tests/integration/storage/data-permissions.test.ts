import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDevices } from '../../../cli/demo/demo-devices.js';
import { DemoPlatform } from '../../../cli/demo/demo-platform.js';
import { demoProvinceKey } from '../../../cli/demo/demo-province.js';
import { loadOrCreateKeyFile } from '../../../electron/core/store/key-file.js';
import { openStore } from '../../../electron/core/store/open-store.js';
import { openPglite } from '../../../platform/db/pglite.js';
import { makePrivateDir } from '../../../private-files/private-files.js';

/** Every folder and file under `dir` whose mode is not 0700 (folders) or 0600 (files), with its mode. */
function notPrivate(dir: string): string[] {
  const stat = lstatSync(dir);
  const mode = stat.mode & 0o777;
  // A link's own mode means nothing on Linux (socat links the simulated ports to their ptys).
  if (stat.isSymbolicLink()) return [];
  if (!stat.isDirectory()) return mode === 0o600 ? [] : [`${dir} ${mode.toString(8)}`];
  const own = mode === 0o700 ? [] : [`${dir}/ ${mode.toString(8)}`];
  return [...own, ...readdirSync(dir).flatMap((entry) => notPrivate(join(dir, entry)))];
}

/** Names and ID numbers live in these folders: whatever the umask, only their owner reads them. */
describe('data folders are 0700 and their files 0600', () => {
  let previous: number;
  beforeAll(() => {
    previous = process.umask(0);
  });
  afterAll(() => {
    process.umask(previous);
  });

  it('the kiosk store, its key, WAL and shared memory, open and after closing', () => {
    const data = join(mkdtempSync(join(tmpdir(), 'tongban-perms-')), 'tongban');
    const kiosk = join(data, 'kiosk');
    loadOrCreateKeyFile(join(kiosk, 'store.key'));
    const db = openStore(join(kiosk, 'kiosk.sqlite'));
    db.exec("CREATE TABLE scratch (v TEXT); INSERT INTO scratch VALUES ('420103199003120029')");
    expect(readdirSync(kiosk).sort()).toEqual(['kiosk.sqlite', 'kiosk.sqlite-shm', 'kiosk.sqlite-wal', 'store.key']);
    expect(notPrivate(data)).toEqual([]);
    db.close();
    expect(notPrivate(data)).toEqual([]);
  });

  it('the embedded platform database (PGlite), open, closed and opened again', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'tongban-perms-')), 'tongban');
    const dir = join(data, 'platform-db');
    let db = await openPglite(dir);
    await db.exec("CREATE TABLE scratch (v text); INSERT INTO scratch VALUES ('420103199003120029'); CHECKPOINT");
    expect(notPrivate(data)).toEqual([]);
    await db.close();
    expect(notPrivate(data)).toEqual([]);
    db = await openPglite(dir);
    expect(notPrivate(data)).toEqual([]);
    await db.close();
    expect(notPrivate(data)).toEqual([]);
  });

  it('the demo\'s folder: its platform, the stand-in province key, the simulated ports', async () => {
    const demo = join(mkdtempSync(join(tmpdir(), 'tongban-perms-')), 'tongban', 'demo');
    const platform = await DemoPlatform.open(demo, () => undefined);
    demoProvinceKey(demo);
    const devices = await demoDevices(demo);
    try {
      expect(notPrivate(join(demo, '..'))).toEqual([]);
    } finally {
      await devices.close();
      await platform.close();
    }
  });

  it('closes a data folder an older version left 0755, and leaves the folders above it alone', () => {
    const parent = mkdtempSync(join(tmpdir(), 'tongban-perms-'));
    chmodSync(parent, 0o755);
    const data = join(parent, 'tongban');
    mkdirSync(data, { mode: 0o755 });
    makePrivateDir(data);
    expect(statSync(data).mode & 0o777).toBe(0o700);
    expect(statSync(parent).mode & 0o777).toBe(0o755);
  });
});
