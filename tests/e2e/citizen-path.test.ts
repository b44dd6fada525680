import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { applyForSocialSecurityCard, idNumber, name } from '../support/citizen-steps.js';
import { expectText, shoot, startBuiltDemo, useBrowser } from './harness.js';

async function platformCount(demo: RunningDemo, caseNumber: string): Promise<number> {
  const { rows } = await demo.platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE case_number = $1', [caseNumber]);
  return rows[0]?.n ?? 0;
}

function expectOnlyCiphertext(demo: RunningDemo): void {
  const db = new BetterSqlite3(join(demo.coreConfig.dataDir, 'kiosk.sqlite'), { readonly: true });
  const rows = db.prepare<[], { applicant_name: Buffer; applicant_id_number: Buffer }>('SELECT applicant_name, applicant_id_number FROM cases').all();
  db.close();
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(Buffer.isBuffer(row.applicant_name)).toBe(true);
    expect(row.applicant_name.includes(Buffer.from(name))).toBe(false);
    expect(row.applicant_id_number.includes(Buffer.from(idNumber))).toBe(false);
  }
}

describe('a citizen applies at the kiosk, through the browser host in Chromium', () => {
  const chromium = useBrowser();

  it('with the platform up: the case is stored once, the receipt printed, the name kept only as ciphertext', async () => {
    const demo = await startBuiltDemo('online');
    const page = await chromium.newPage();
    try {
      await page.goto(demo.kioskUrl ?? '');
      await shoot(page, 'online-0-home');
      const caseNumber = await applyForSocialSecurityCard(page, demo, 'online');
      expect(caseNumber).toMatch(/^[A-Z0-9]{6}\d{13}[0-9A-Z]$/);
      await expectText(page.getByTestId('upload-state'), '已上报');
      await expectText(page.getByTestId('receipt-state'), '回执已打印');
      expect(await platformCount(demo, caseNumber)).toBe(1);
      const printed = demo.devices.printerSim?.receipts ?? [];
      expect(printed).toHaveLength(1);
      expect(printed[0]?.bytes.includes(Buffer.from(caseNumber))).toBe(true);
      expect(printed[0]?.text).toContain('已上报至政务服务平台');
      expect(printed[0]?.text).not.toContain(name);
      expectOnlyCiphertext(demo);
      await page.getByTestId('query-case').click();
      await page.getByTestId('query-submit').click();
      await expectText(page.getByTestId('query-status'), '已受理，正在审核');
      await shoot(page, 'online-5-query');
      await page.getByTestId('reprint').click();
      await expectText(page.getByTestId('reprint-state'), '回执已补打');
      expect(printed).toHaveLength(2);
      expect(printed[1]?.text).toContain('补打');
      expect(printed[1]?.text).toContain(caseNumber);
      await shoot(page, 'online-6-reprint');
    } finally {
      await page.close();
      await demo.close();
    }
  });

  it('with the platform down: the receipt says waiting, and the case arrives once the platform is back', async () => {
    const demo = await startBuiltDemo('offline');
    const page = await chromium.newPage();
    try {
      await page.goto(demo.kioskUrl ?? '');
      await demo.platform.stop();
      await page.getByTestId('offline-banner').waitFor({ timeout: 20_000 });
      await shoot(page, 'offline-0-home');
      const caseNumber = await applyForSocialSecurityCard(page, demo, 'offline');
      await expectText(page.getByTestId('upload-state'), '网络恢复后');
      const printed = demo.devices.printerSim?.receipts ?? [];
      expect(printed).toHaveLength(1);
      expect(printed[0]?.bytes.includes(Buffer.from(caseNumber))).toBe(true);
      expect(printed[0]?.text).toContain('待上传');
      await page.getByTestId('query-case').click();
      await page.getByTestId('query-submit').click();
      await expectText(page.getByTestId('query-status'), '已受理，正在送往审批部门');
      await demo.platform.start();
      await expect.poll(() => platformCount(demo, caseNumber), { timeout: 30_000, interval: 200 }).toBe(1);
      await page.getByTestId('query-submit').click();
      await expectText(page.getByTestId('query-status'), '已受理，正在审核');
      await page.getByTestId('offline-banner').waitFor({ state: 'detached', timeout: 20_000 });
      await shoot(page, 'offline-5-query');
      expect(await platformCount(demo, caseNumber)).toBe(1);
    } finally {
      await page.close();
      await demo.close();
    }
  });

  it('with the printer out of paper: the case is accepted, the screen says how to get the receipt, and 补打 prints it later', async () => {
    const demo = await startBuiltDemo('paper-out');
    const page = await chromium.newPage();
    try {
      await page.goto(demo.kioskUrl ?? '');
      demo.devices.printerSim?.setState({ paperOut: true });
      const caseNumber = await applyForSocialSecurityCard(page, demo, 'paper-out');
      await expectText(page.getByTestId('receipt-state'), '打印机缺纸');
      await expectText(page.getByTestId('receipt-state'), '补打');
      await page.getByTestId('case-qr').waitFor();
      await shoot(page, 'paper-out-4-done');
      const printed = demo.devices.printerSim?.receipts ?? [];
      expect(printed).toHaveLength(0);
      demo.devices.printerSim?.setState({ paperOut: false });
      await page.getByTestId('query-case').click();
      await page.getByTestId('query-submit').click();
      await page.getByTestId('reprint').click();
      await expectText(page.getByTestId('reprint-state'), '回执已补打');
      expect(printed).toHaveLength(1);
      expect(printed[0]?.text).toContain('补打');
      expect(printed[0]?.text).toContain(caseNumber);
      await shoot(page, 'paper-out-6-reprint');
    } finally {
      await page.close();
      await demo.close();
    }
  });
});
