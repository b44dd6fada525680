// The core forked by the browser host (`npm start`, `tongban start`) runs with glibc's mmap
// threshold fixed, so its main heap does not grow to hold large short-lived buffers for good.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forkCore } from '../../electron/bridge/fork-channel.js';

/** A stand-in core that says which threshold it was started with, then waits to be killed. */
function reportingCore(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tongban-core-env-')), 'entry.cjs');
  writeFileSync(path, "process.send({ threshold: process.env.MALLOC_MMAP_THRESHOLD_ ?? null }); process.on('message', () => undefined);\n");
  return path;
}

describe('the forked core', () => {
  it("runs with glibc's mmap threshold fixed at 128 KiB", async () => {
    const core = forkCore(reportingCore());
    const said = await new Promise<unknown>((resolve) => core.onMessage(resolve));
    core.kill();
    expect(said).toEqual({ threshold: '131072' });
  });
});
