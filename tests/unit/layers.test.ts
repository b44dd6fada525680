import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** The import direction of DESIGN.md, renderer -> api <- core -> drivers, is a lint error to break. */
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
    ['platform/x.ts', "import { IdCardReader } from '../drivers/idcard/reader.js';"],
    ['private-files/x.ts', "import { openPglite } from '../platform/db/pglite.js';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await importErrors(file, source)).not.toEqual([]);
  });

  it.each([
    ['renderer/x.ts', "import { requests } from '../electron/api/contract.js';"],
    ['electron/core/x.ts', "import { IdCardReader } from '../../drivers/idcard/reader.js';"],
    ['electron/core/x.ts', "import type { CaseUpload } from '../../platform/protocol/cases.js';"],
    ['electron/main.ts', "import { app } from 'electron';"],
    ['drivers/idcard/x.ts', "import type { ByteTransport } from '../transport/transport.js';"],
    ['drivers/idcard/x.ts', "import { checkIdNumber } from '../../electron/api/id-number.js';"],
    ['platform/db/x.ts', "import { makePrivateDir } from '../../private-files/private-files.js';"],
    ['electron/core/store/x.ts', "import { makePrivateDir } from '../../../private-files/private-files.js';"],
  ])('%s may: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
