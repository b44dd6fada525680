import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { simBaudRate } from '../../drivers/sim/on-pty.js';
import type { CoreConfigInput } from '../../electron/core/config/core-config.js';
import { offlineEnrolledStore } from '../support/offline-enrolled-store.js';
import { setPin, unlock } from '../support/technician-steps.js';
import { expectText, shootLayouts, startBuiltDemo, useBrowser } from './harness.js';

/**
 * An enrolled terminal whose printer and scanner cables went into each other's ports (the
 * simulators on socat ptys, as `tongban start` runs an enrolled folder: its core supervised, its
 * config read at each start). The technician gives each device its port and the printer a baud on
 * the devices screen, by taps; the core opens them there without the app restarting, and the
 * tests work at once, the technician still in. (A scanner only talks and takes no bytes, so the
 * printer simulator hears nothing of the mix-up: a reader's polls would leave it mid-command.)
 */
describe('technician mode: device roles and baud', () => {
  const chromium = useBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'tongban-e2e-devices-'));
  const demoDir = join(dir, 'demo');
  // Where the demo's simulators' ports will be (demo-devices.ts): known before they start.
  const port = (device: string) => join(demoDir, 'pty', device, 'host');
  let demo: RunningDemo | undefined;

  beforeAll(async () => {
    offlineEnrolledStore(dir);
    const swapped: CoreConfigInput = {
      dataDir: dir,
      key: { kind: 'file', path: join(dir, 'store.key') },
      devices: {
        idcard: { kind: 'serial', path: port('idcard'), baudRate: simBaudRate },
        printer: { kind: 'serial', path: port('scanner'), baudRate: simBaudRate, paper: 80, font: 'gb18030' },
        scanner: { kind: 'serial', path: port('printer'), baudRate: simBaudRate, suffix: 'crlf', aim: true },
      },
    };
    writeFileSync(join(dir, 'config.json'), JSON.stringify(swapped));
    setPin(dir);
    demo = await startBuiltDemo('devices', demoDir, true, { enrollInto: dir });
  });
  afterAll(async () => {
    await demo?.close();
  });

  it('moves the printer and the scanner to their own ports and the printer to 19200 baud; the test slip and a scan then work', async () => {
    const running = demo ?? expect.fail('the demo starts in beforeAll');
    const page = await chromium.newPage();
    await page.goto(running.kioskUrl ?? '');
    await unlock(page);
    await page.getByTestId('technician-tab-devices').click();
    await page.getByTestId('device-roles').waitFor();
    await expectText(page.getByTestId('role-printer-now'), `${port('scanner')}，${simBaudRate} 波特`);
    await expect.poll(() => page.getByTestId('roles-save').isDisabled()).toBe(true);

    await page.getByTestId(`role-scanner-port-${port('scanner')}`).click();
    await page.getByTestId(`role-printer-port-${port('printer')}`).click();
    await page.getByTestId('role-printer-baud-19200').click();
    expect(await page.getByTestId('role-printer-baud-19200').getAttribute('aria-pressed')).toBe('true');
    await shootLayouts(page, 'technician-device-roles', page.getByTestId('roles-save'));
    await page.getByTestId('roles-save').click();

    // The core started again and opened them where they are now; the screen shows the new roles.
    await expectText(page.getByTestId('role-printer-now'), `${port('printer')}，19200 波特`);
    await expectText(page.getByTestId('role-scanner-now'), `${port('scanner')}，${simBaudRate} 波特`);
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toMatchObject({
      devices: { scanner: { path: port('scanner'), suffix: 'crlf', aim: true }, printer: { path: port('printer'), baudRate: 19200, paper: 80, font: 'gb18030' } },
    });

    // Still in technician mode: no PIN again, the tests at once.
    await page.getByTestId('test-printReceipt').click();
    await expectText(page.getByTestId('check-test.printReceipt'), '回执打印机正常');
    expect(running.devices.printerSim?.receipts.at(-1)?.text).toContain('打印测试');
    await page.getByTestId('test-scanCode').click();
    // The test waits once its request reaches the core: codes are held to the scanner until one is
    // heard (two in turn, as the same code twice within a second counts once).
    let turn = 0;
    await expect
      .poll(async () => {
        await running.devices.scannerSim?.scan(turn++ % 2 === 0 ? 'WH-RS-001' : 'WH-RS-002');
        return page.getByTestId('check-test.scanCode').count();
      })
      .toBe(1);
    await expectText(page.getByTestId('check-test.scanCode'), '扫码枪正常');
    await shootLayouts(page, 'technician-device-roles-applied', page.getByTestId('check-test.scanCode'));
  });
});
