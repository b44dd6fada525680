import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreConfigSchema } from '../../../electron/core/config/core-config.js';
import { openKiosk, type RunningKiosk } from '../../../electron/core/open-kiosk.js';
import { makeCaseNumber } from '../../../standards/case-number.js';
import type { Database } from '../../../platform/db/database.js';
import { openPglite } from '../../../platform/db/pglite.js';
import { createEnrollmentToken } from '../../../platform/enrollment/tokens.js';
import { startPlatform, type RunningPlatform } from '../../../platform/server.js';
import { adminToken, hall } from '../platform/harness.js';

/**
 * The kiosk's core with a disk that stays full whatever is purged (the free-space probe injected):
 * it enters diskFull, refuses to begin or file an application in words a citizen acts on, and
 * still answers a query.
 */
describe('a terminal whose disk is full', () => {
  let db: Database;
  let platform: RunningPlatform;
  let kiosk: RunningKiosk;
  const lines: string[] = [];

  beforeAll(async () => {
    db = await openPglite();
    platform = await startPlatform({ db, adminToken });
    const { token } = await createEnrollmentToken(db, hall);
    const dir = mkdtempSync(join(tmpdir(), 'tongban-disk-full-'));
    const config = coreConfigSchema.parse({
      dataDir: dir,
      key: { kind: 'file', path: join(dir, 'store.key') },
      demo: true,
      enrollment: { platformUrl: platform.url, token },
      devices: { idcard: { kind: 'simulated' }, printer: { kind: 'simulated', paper: 80 } },
    });
    kiosk = await openKiosk(config, (line) => lines.push(line), { requestRestart: () => undefined, freeDiskBytes: () => 10 * 1024 ** 2 });
  });
  afterAll(async () => {
    await kiosk.close();
    await platform.close();
    await db.close();
  });

  it('is diskFull after purging what it could, and says so in the log', async () => {
    expect((await kiosk.handlers['kiosk.status']({})).service).toEqual({ state: 'diskFull' });
    expect(lines.some((line) => line.startsWith('disk full: 10 MB free after purging'))).toBe(true);
  });

  it('refuses a new application in both languages with 12345, and still answers a query', async () => {
    const refused = kiosk.handlers['form.get']({ itemCode: 'WH-RS-001' });
    await expect(refused).rejects.toMatchObject({ code: 'OUT_OF_SERVICE', message: expect.stringContaining('存储空间已满') as string, hint: expect.stringContaining('12345') as string });
    await expect(refused).rejects.toMatchObject({ en: { message: expect.stringContaining('storage is full') as string } });
    const caseNumber = makeCaseNumber('WH0001', '20261201', 1) ?? '';
    await expect(kiosk.handlers['case.query']({ caseNumber })).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
    expect((await kiosk.handlers['catalog.list']({})).length).toBeGreaterThan(0);
  });
});
