import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/allowed-imports').map((m) => m.message);
}

/**
 * The import direction of DESIGN.md, renderer -> api <- core -> drivers with the standards at the
 * bottom, is a lint error to break. The rules are allow-lists: each case below that may not is an
 * import no deny-list named.
 */
describe('layer rules', () => {
  it.each([
    ['renderer/x.ts', "import fs from 'node:fs';"],
    ['renderer/x.ts', "import { app } from 'electron';"],
    ['renderer/x.ts', "import { openStore } from '../electron/core/store/open-store.js';"],
    ['renderer/x.ts', "import { IdCardReader } from '../drivers/idcard/reader.js';"],
    ['electron/api/x.ts', "import { readFileSync } from 'node:fs';"],
    ['electron/core/x.ts', "import { app } from 'electron';"],
    ['electron/core/x.ts', "import { startHost } from '../host.js';"],
    ['electron/core/x.ts', "import { startPlatform } from '../../platform/server.js';"],
    ['electron/core/x.ts', "import { openPglite } from '../../platform/db/pglite.js';"],
    ['drivers/idcard/x.ts', "import { Vault } from '../../electron/core/store/vault.js';"],
    ['drivers/idcard/x.ts', "import { app } from 'electron';"],
    ['drivers/idcard/x.ts', "import { requests } from '../../electron/api/contract.js';"],
    ['drivers/idcard/x.ts', "import { checkIdNumber } from '../../electron/api/id-number.js';"],
    ['drivers/idcard/x.ts', "import Database from 'better-sqlite3';"],
    ['platform/x.ts', "import { IdCardReader } from '../drivers/idcard/reader.js';"],
    ['platform/x.ts', "import { openStore } from '../electron/core/store/open-store.js';"],
    ['standards/x.ts', "import { z } from 'zod';"],
    ['standards/x.ts', "import { requests } from '../electron/api/contract.js';"],
    ['electron/api/x.ts', "import { caseBatchSchema } from '../../platform/protocol/cases.js';"],
    ['platform/protocol/x.ts', "import { migrate } from '../db/migrate.js';"],
    ['renderer/screens/x.tsx', "import { requests } from '../../electron/api/contract.js';"],
    ['renderer/screens/x.tsx', "import { groupCaseNumber } from '../../standards/case-number.js';"],
    ['electron/core/x.ts', "import { createHttpApi } from '../bridge/http-api.js';"],
    ['electron/core/x.ts', "import { kiosk } from '../../renderer/api.js';"],
    ['electron/host.ts', "import { startPlatform } from '../platform/server.js';"],
    ['cli/x.ts', "import { App } from '../renderer/App.js';"],
    ['drivers/x.ts', "import notes from '../../shared/seeds/x.js';"],
    ['drivers/idcard/x.ts', "import { describe } from 'vitest';"],
    ['private-files/x.ts', "import { openPglite } from '../platform/db/pglite.js';"],
    ['electron/core/cases/x.ts', "import { uploadWaitMs } from '../sync/sync-worker.js';"],
    ['electron/core/feedback/x.ts', "import type { SyncWorker } from '../sync/sync-worker.js';"],
    ['electron/core/cases/x.ts', "import type { KioskServices } from '../kiosk-services.js';"],
    ['electron/core/materials/x.ts', "import { createHandlers } from '../handlers.js';"],
    ['electron/core/uplink/x.ts', "import { openKiosk } from '../open-kiosk.js';"],
    ['fleet-sim/x.ts', "import { recordHeartbeat } from '../platform/fleet/heartbeats.js';"],
    ['fleet-sim/x.ts', "import { openStore } from '../electron/core/store/open-store.js';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await importErrors(file, source)).not.toEqual([]);
  });

  it.each([
    ['electron/core/x.ts', "import { IdCardReader } from '../../drivers/idcard/reader.js';"],
    ['electron/core/x.ts', "import type { CaseUpload } from '../../platform/protocol/cases.js';"],
    ['electron/main.ts', "import { app } from 'electron';"],
    ['drivers/idcard/x.ts', "import type { ByteTransport } from '../transport/transport.js';"],
    ['drivers/idcard/x.ts', "import { checkIdNumber } from '../../standards/id-number.js';"],
    ['drivers/idcard/x.test.ts', "import { describe } from 'vitest';"],
    ['drivers/idcard/x.test.ts', "import { prng } from '../../tests/support/prng.js';"],
    ['renderer/api.ts', "import { requests } from '../electron/api/contract.js';"],
    ['renderer/api.ts', "import { groupCaseNumber } from '../standards/case-number.js';"],
    ['platform/catalog/x.ts', "import { regionAndAbove } from '../../standards/region-code.js';"],
    ['platform/protocol/x.ts', "import { caseNumberShape } from '../../standards/case-number.js';"],
    ['electron/api/x.ts', "import { isValidCaseNumber } from '../../standards/case-number.js';"],
    ['cli/commands/x.ts', "import { startHost } from '../../electron/host.js';"],
    ['electron/core/sync/x.ts', "import type { CaseStore } from '../cases/case-store.js';"],
    ['electron/core/sync/x.ts', "import type { PlatformClient } from '../uplink/platform-client.js';"],
    ['electron/core/open-kiosk.ts', "import { SyncWorker } from './sync/sync-worker.js';"],
    ['electron/core/cases/x.ts', "import type { CaseMaterials } from '../materials/case-materials.js';"],
    ['platform/db/x.ts', "import { makePrivateDir } from '../../private-files/private-files.js';"],
    ['electron/core/store/x.ts', "import { makePrivateDir } from '../../../private-files/private-files.js';"],
  ])('%s may: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
