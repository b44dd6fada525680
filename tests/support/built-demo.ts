import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoOptions, startDemo as StartDemo, RunningDemo } from '../../cli/demo/start-demo.js';
import { hasSocat, SOCAT_MISSING } from '../../drivers/transport/pty-pair.js';

/**
 * The demo as `npm start` runs it: from the build, its core a separate process, devices on ptys.
 * In a new folder, or in `dataDir` to start again where an earlier demo stopped; without its core
 * and host (`withCore` false) for a test that runs them itself; `more`: an A4 printer, a beat rate.
 */
export async function startBuiltDemo(
  name: string,
  dataDir = mkdtempSync(join(tmpdir(), `tongban-e2e-${name}-`)),
  withCore = true,
  more: Pick<DemoOptions, 'a4' | 'fleet' | 'enrollInto' | 'disk'> = {},
): Promise<RunningDemo> {
  if (!hasSocat()) throw new Error(SOCAT_MISSING);
  const modulePath = new URL('../../dist/cli/demo/start-demo.js', import.meta.url).href;
  const { startDemo } = (await import(modulePath)) as { startDemo: typeof StartDemo };
  return startDemo({
    dataDir,
    // Quick retries, so an outage ends within the test; a lobby uses the defaults.
    sync: { idleIntervalMs: 200, backoffBaseMs: 100, backoffMaxMs: 400 },
    log: () => undefined,
    cards: 'manual',
    withCore,
    ...more,
  });
}
