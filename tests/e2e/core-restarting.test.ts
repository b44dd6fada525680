// A core that keeps crashing: the lobby sees the out-of-service screen, not an error or a dead
// page, and the kiosk's own screens again once the core runs. The demo's real core, killed twice.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import type { CoreChannel } from '../../electron/bridge/core-connection.js';
import { CoreSupervisor } from '../../electron/bridge/core-supervisor.js';
import { forkCore } from '../../electron/bridge/fork-channel.js';
import { startHost, type RunningHost } from '../../electron/host.js';
import { expectText, shootLayouts, startBuiltDemo, useBrowser } from './harness.js';

const dist = join(process.cwd(), 'dist');

describe('a core that keeps crashing', () => {
  const chromium = useBrowser();
  let demo: RunningDemo;
  let core: CoreSupervisor;
  let host: RunningHost;
  const cores: CoreChannel[] = [];
  let coreStarted: () => void = () => undefined;
  /** The supervisor's wait before its next try: over when the test says. */
  let endWait: () => void = () => undefined;
  let waiting: () => void = () => undefined;
  const waitBegan = new Promise<void>((resolve) => (waiting = resolve));

  beforeAll(async () => {
    demo = await startBuiltDemo('core-restarting', undefined, false);
    const spawn = () => {
      const channel = forkCore(join(dist, 'electron', 'core', 'entry.js'));
      cores.push(channel);
      coreStarted();
      return channel;
    };
    core = new CoreSupervisor(spawn, () => demo.coreConfig, () => undefined, {
      wait: (ms) =>
        ms === 0
          ? Promise.resolve()
          : new Promise<void>((resolve) => {
              endWait = resolve;
              waiting();
            }),
    });
    await core.ready;
    host = await startHost({ core, rendererDir: join(dist, 'renderer') });
  });
  afterAll(async () => {
    await host?.close();
    await core?.shutdown();
    await demo?.close();
  });

  it('shows out of service in both languages while it is restarted, and the home screen when it runs', async () => {
    const page = await chromium.newPage();
    await page.goto(host.url);
    await page.getByTestId('home-elderly').waitFor();

    const restarted = new Promise<void>((resolve) => (coreStarted = resolve));
    cores[0]?.kill();
    await restarted;
    cores[1]?.kill();
    await waitBegan;

    const screen = page.getByTestId('out-of-service');
    await expectText(screen, '本终端暂停服务');
    expect(await page.getByTestId('out-of-service-reason').innerText()).toMatch(/反复退出[\s\S]*keeps exiting/);
    await shootLayouts(page, 'out-of-service-core-restarting', screen);

    endWait();
    await page.getByTestId('home-elderly').waitFor();
    expect(await screen.count()).toBe(0);
    await page.close();
  });
});
