import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import { setPin, unlock } from '../support/technician-steps.js';
import { expectText, shootLayouts, useKiosk } from './harness.js';

/**
 * The technician's panels in Chromium through the browser host, each reached as a technician
 * does: the corner taps, the PIN, the tab; every action a tap.
 */
describe('technician panels', () => {
  const kiosk = useKiosk('technician');
  let pinSet = false;

  async function openPanel(name: string): Promise<Page> {
    if (!pinSet) setPin(kiosk.demo.coreConfig.dataDir);
    pinSet = true;
    const page = await kiosk.openKiosk();
    await unlock(page);
    await page.getByTestId(`technician-tab-${name}`).click();
    await page.locator(`[data-testid=panel-${name}][aria-busy=false]`).waitFor();
    return page;
  }

  /**
   * A help call made at the kiosk, then refused by the platform for good, as the sync worker
   * leaves one (written into the store beside the running core: WAL lets both).
   */
  async function refusedHelpCall(): Promise<string> {
    const citizen = await kiosk.openKiosk();
    await citizen.getByTestId('home-help').click();
    await citizen.getByTestId('help-confirm-call').click();
    await citizen.getByTestId('help-state').locator('.fact').waitFor();
    await citizen.close();
    const db = new BetterSqlite3(join(kiosk.demo.coreConfig.dataDir, 'kiosk.sqlite'));
    db.pragma('busy_timeout = 5000');
    try {
      const event = db.prepare<[], { id: string }>("SELECT id FROM events WHERE kind = 'help_call' ORDER BY occurred_at DESC LIMIT 1").get();
      const at = new Date().toISOString();
      const id = 'dead-letter-e2e-1';
      db.prepare('INSERT INTO dead_letters (id, event_id, http_status, reason, attempts, created_at, failed_at) VALUES (?, ?, 422, ?, 1, ?, ?)').run(
        id,
        event?.id,
        'reason: 联系电话 13800138000 refused',
        at,
        at,
      );
      return id;
    } finally {
      db.close();
    }
  }

  it('sync: a refused item is listed without personal data, and one tap puts it back in the queue', async () => {
    const id = await refusedHelpCall();
    const page = await openPanel('sync');
    const letter = page.getByTestId(`dead-letter-${id}`);
    await letter.waitFor();
    expect(await letter.innerText()).not.toContain('13800138000');
    expect(await page.getByTestId('check-sync.deadLetters').getAttribute('data-ok')).toBe('false');
    await shootLayouts(page, 'technician-sync');
    await page.getByTestId(`resend-${id}`).click();
    await page.getByTestId('dead-letters-none').waitFor();
    // Chinese with the English beside, as all of technician mode: whoever comes reads one.
    await expectText(page.getByTestId('check-sync.deadLetters'), 'The platform refused nothing');
    await shootLayouts(page, 'technician-sync-en');
  });

  it('catalog: the demo catalog, and plainly no previous version to roll back to', async () => {
    const page = await openPanel('catalog');
    await expectText(page.getByTestId('check-catalog.installed'), '演示模式：使用内置演示事项清单');
    await expectText(page.getByTestId('check-catalog.previous'), '没有保留上一版清单，无法回退');
    expect(await page.getByTestId('roll-back').count()).toBe(0);
    await shootLayouts(page, 'technician-catalog');
  });

  it('network: the demo platform answers, its time agrees, no TLS on loopback', async () => {
    const page = await openPanel('network');
    for (const id of ['network.platform', 'network.time', 'network.tls']) {
      await page.getByTestId(`check-${id}`).waitFor();
      expect(await page.getByTestId(`check-${id}`).getAttribute('data-ok')).toBe('true');
    }
    await shootLayouts(page, 'technician-network');
  });

  it('devices: each role on its port, a card read told by its kind only, a test slip printed', async () => {
    const page = await openPanel('devices');
    expect(await page.getByTestId('check-devices.idcard').getAttribute('data-ok')).toBe('true');
    await page.getByTestId('test-printReceipt').click();
    await expectText(page.getByTestId('check-test.printReceipt'), '回执打印机正常');
    expect(kiosk.demo.devices.printerSim?.receipts.at(-1)?.text).toContain('打印测试');
    await page.getByTestId('test-readCard').click();
    kiosk.demo.devices.idcardSim?.placeCard(CHEN_XIAOXIN);
    await expectText(page.getByTestId('check-test.readCard'), '读卡正常：读到一张居民身份证');
    expect(await page.locator('body').innerText()).not.toContain('陈晓欣');
    kiosk.demo.devices.idcardSim?.removeCard();
    await page.getByTestId('test-printA4').click();
    await expectText(page.getByTestId('check-test.printA4'), 'a4-test.pdf');
    expect(await page.getByTestId('check-devices.scanner').getAttribute('data-ok')).toBe('true');
    await page.getByTestId('test-scanCode').click();
    // The test starts waiting once its request reaches the core: codes are held to the scanner
    // until one is heard (two in turn, as the same code twice within a second counts once).
    let turn = 0;
    await expect
      .poll(async () => {
        await kiosk.demo.devices.scannerSim?.scan(turn++ % 2 === 0 ? 'WH-RS-001' : 'WH-RS-002');
        return page.getByTestId('check-test.scanCode').count();
      })
      .toBe(1);
    await expectText(page.getByTestId('check-test.scanCode'), '扫码枪正常：扫到事项码（QR）');
    await shootLayouts(page, 'technician-devices');
  });

  it('logs: the newest lines, exported to a folder typed on the on-screen keyboard as a 0600 file', async () => {
    const stick = join(tmpdir(), `tongban-usb-${Date.now().toString(36)}`.toLowerCase());
    mkdirSync(stick);
    const page = await openPanel('logs');
    await expectText(page.getByTestId('log-lines'), 'core starting');
    await page.getByTestId('log-folder').click();
    await page.getByTestId('key-clear').click();
    for (const key of stick) await page.getByTestId(`key-${key}`).click();
    await shootLayouts(page, 'technician-logs-keyboard', page.getByTestId('keyboard'));
    await page.getByTestId('key-done').click();
    await shootLayouts(page, 'technician-logs');
    await page.getByTestId('log-export').click();
    await expectText(page.getByTestId('log-export-outcome'), stick);
    const [file] = readdirSync(stick);
    expect(file).toMatch(/^tongban-log-.*\.txt$/);
    const path = join(stick, file ?? '');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toContain('core starting');
  });
});
