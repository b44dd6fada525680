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
    ['platform/catalog/x.ts', "import { applyBundle } from '../../electron/core/catalog/bundle/apply-bundle.js';"],
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
    ['electron/core/log/x.ts', "import { Outbox } from '../sync/outbox.js';"],
    ['electron/core/catalog/x.ts', "import { Diagnostics } from '../diagnostics/diagnostics.js';"],
    ['build/packaging/x.ts', "import { app } from 'electron';"],
    ['build/packaging/x.ts', "import { openStore } from '../../electron/core/store/open-store.js';"],
    ['electron/core/disk/x.ts', "import { SyncWorker } from '../sync/sync-worker.js';"],
    ['electron/core/technician/x.ts', "import type { KioskServices } from '../kiosk-services.js';"],
    ['electron/core/lifecycle/x.ts', "import { startHeartbeats } from '../sync/heartbeat.js';"],
    ['console/x.tsx', "import { startHost } from '../electron/host.js';"],
    ['console/x.tsx', "import { requests } from '../electron/api/contract.js';"],
    ['console/x.tsx', "import { requireAdmin } from '../platform/http/admin-auth.js';"],
    ['console/x.tsx', "import { openPglite } from '../platform/db/pglite.js';"],
    ['console/x.tsx', "import { App } from '../renderer/App.js';"],
    ['console/x.tsx', "import fs from 'node:fs';"],
    ['console/x.tsx', "import Fastify from 'fastify';"],
    ['renderer/x.ts', "import { FleetPage } from '../console/fleet/FleetPage.js';"],
    ['ui-shared/x.ts', "import { namespaces } from '../renderer/i18n/messages/index.js';"],
    ['ui-shared/x.ts', "import { terminalListReplySchema } from '../platform/protocol/admin.js';"],
    ['static-files/x.ts', "import { startPlatform } from '../platform/server.js';"],
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
    ['platform/catalog/x.ts', "import { verifyBundle } from '../protocol/bundle-verify.js';"],
    ['electron/core/catalog/bundle/x.ts', "import { verifyBundle } from '../../../../platform/protocol/bundle-verify.js';"],
    ['platform/protocol/x.ts', "import { caseNumberShape } from '../../standards/case-number.js';"],
    ['electron/api/x.ts', "import { isValidCaseNumber } from '../../standards/case-number.js';"],
    ['cli/commands/x.ts', "import { startHost } from '../../electron/host.js';"],
    ['electron/core/sync/x.ts', "import type { CaseStore } from '../cases/case-store.js';"],
    ['electron/core/sync/x.ts', "import type { PlatformClient } from '../uplink/platform-client.js';"],
    ['electron/core/open-kiosk.ts', "import { SyncWorker } from './sync/sync-worker.js';"],
    ['electron/core/diagnostics/x.ts', "import { Outbox } from '../sync/outbox.js';"],
    ['electron/core/diagnostics/x.ts', "import { redact } from '../log/redact.js';"],
    ['electron/core/cases/x.ts', "import type { CaseMaterials } from '../materials/case-materials.js';"],
    ['platform/db/x.ts', "import { makePrivateDir } from '../../private-files/private-files.js';"],
    ['electron/core/store/x.ts', "import { makePrivateDir } from '../../../private-files/private-files.js';"],
    ['build/packaging/x.ts', "import { flipFuses } from '@electron/fuses';"],
    ['electron/shell/x.ts', "import electronUpdater from 'electron-updater';"],
    ['console/fleet/x.tsx', "import { terminalListReplySchema } from '../../platform/protocol/admin.js';"],
    ['console/x.tsx', "import { createI18n } from '../ui-shared/i18n/create-i18n.js';"],
    ['console/x.tsx', "import '../ui-shared/tokens.css';"],
    ['console/x.tsx', "import QRCode from 'qrcode';"],
    ['renderer/i18n/x.ts', "import { createI18n } from '../../ui-shared/i18n/create-i18n.js';"],
    ['platform/console-page/x.ts', "import { readStatic } from '../../static-files/read-static.js';"],
    ['electron/bridge/x.ts', "import { readStatic } from '../../static-files/read-static.js';"],
  ])('%s may: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
