// The running kiosk asks its printer for status while idle, not only when a citizen's receipt is
// printed: a printer near its paper's end is reported to the platform before anyone prints. The
// watch and its events are unit-tested (electron/core/devices/device-watch.test.ts); this holds
// the core's wiring of them, with the demo's real core from the build and its printer on a pty.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { CoreSupervisor } from '../../electron/bridge/core-supervisor.js';
import { forkCore } from '../../electron/bridge/fork-channel.js';
import { startBuiltDemo } from '../support/built-demo.js';

describe('the printer of a running kiosk, idle', () => {
  let demo: RunningDemo;
  let core: CoreSupervisor | undefined;
  beforeAll(async () => {
    demo = await startBuiltDemo('printer-watch', undefined, false);
  });
  afterAll(async () => {
    await core?.shutdown();
    await demo?.close();
  });

  it('is reported near its paper end to the platform before any receipt is printed', async () => {
    const printer = demo.devices.printerSim;
    if (!printer) throw new Error('the demo has no simulated printer');
    printer.setState({ paperNearEnd: true });
    core = new CoreSupervisor(() => forkCore(join(process.cwd(), 'dist', 'electron', 'core', 'entry.js')), () => demo.coreConfig, () => undefined);
    await core.ready;
    const printerEvents = async () =>
      (await demo.platform.db.query<{ body: { device: string; state: string; detail?: string } }>("SELECT body FROM terminal_events WHERE kind = 'device_event'")).rows
        .map((row) => row.body)
        .filter((body) => body.device === 'printer');
    await expect.poll(printerEvents, { timeout: 30_000 }).toEqual([expect.objectContaining({ state: 'warning', detail: expect.stringMatching(/纸将尽.*paper near end/) })]);
    expect(printer.receipts).toEqual([]);
  });
});
