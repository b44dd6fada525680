// 缴费对账 in the console, in Chromium against a real platform with the simulated gateway: a day's
// orders, the provider's payments and a mismatch, region-scoped, exported as CSV; axe clean; a case
// looked up and marked 不予受理 from the same page, its fees refunded once.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoNotices, SimulatedNonTaxSystem } from '../../platform/payments/non-tax.js';
import { PaymentSimulator } from '../../platform/payments/simulator.js';
import { orderViewSchema, type OrderView } from '../../platform/protocol/payments.js';
import { groupCaseNumber } from '../../standards/case-number.js';
import { makeCase, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from '../integration/platform/harness.js';
import { addConsoleAccount, consolePassword, enrollAt } from '../support/console-fleet.js';
import { seriousAxeViolations } from './a11y-checks.js';
import { expectText, shoot, useBrowser } from './harness.js';

const desk = { width: 1440, height: 900 } as const;
const [idCardFee, landFee] = demoNotices.map((n) => n.noticeNumber) as [string, string];

describe('缴费对账 in the console', () => {
  const chromium = useBrowser();
  const simulator = new PaymentSimulator();
  let platform: TestPlatform;
  let jiangan: TestTerminal;
  let paid: OrderView;
  let faulty: OrderView;

  const order = async (terminal: TestTerminal, noticeNumber: string): Promise<OrderView> =>
    orderViewSchema.parse(await (await signedFetch(platform, terminal, '/v1/payment-orders', { body: JSON.stringify({ idempotencyKey: randomUUID(), noticeNumber }) })).json());

  beforeAll(async () => {
    // No catalog is published here: the case fee below is taken as uploaded (case-fees.test.ts checks it against one).
    const payments = { provider: simulator, nonTax: new SimulatedNonTaxSystem(), unpublishedCatalogFees: 'trust-case' as const };
    platform = await startTestPlatform('pglite', { consoleDir: join(process.cwd(), 'dist', 'console'), payments });
    simulator.notifyTo(`${platform.url}/v1/payments/notify`);
    await addConsoleAccount(platform, 'li', 'auditor', '420102');
    await addConsoleAccount(platform, 'sun', 'admin', '420103');
    await addConsoleAccount(platform, 'zhao', 'admin', '420000');
    jiangan = await enrollAt(platform, '江岸区政务服务中心', '一楼大厅 1 号机', '420102');
    paid = await order(jiangan, idCardFee);
    await simulator.payByPhone(paid.orderId);
    // A fault to find: the platform holds an order as paid that the provider never took.
    faulty = await order(jiangan, landFee);
    await platform.db.query(`UPDATE payment_orders SET state = 'paid', settled_at = now() WHERE id = $1`, [faulty.orderId]);
  });
  afterAll(() => platform?.close());

  async function logIn(name: string): Promise<Page> {
    const page = await chromium.newPage(desk);
    await page.goto(`${platform.url}/console/`);
    await page.getByTestId('login-name').fill(name);
    await page.getByTestId('login-password').fill(consolePassword);
    await page.getByTestId('login-submit').click();
    return page;
  }

  it('shows an auditor the day of their region: orders, payments and the mismatch, and exports it as CSV', async () => {
    const page = await logIn('li');
    await page.getByRole('link', { name: '缴费对账' }).click();
    await page.getByTestId('recon-load').click();
    await expectText(page.getByTestId('recon-mismatches'), '平台记为已付但支付机构无此笔');
    await expectText(page.getByTestId('recon-mismatches'), faulty.orderId);
    await expectText(page.getByTestId('recon-orders'), paid.orderId);
    await expectText(page.getByTestId('recon-payments'), '20.00');
    await expectText(page.getByTestId('recon-totals'), '平台已收 100.00 元；支付机构净收 20.00 元');
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'console-reconciliation');

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('recon-csv').click()]);
    expect(file.suggestedFilename()).toMatch(/^reconciliation-420102-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await file.path()) ?? '', 'utf8');
    expect(csv).toContain(`差异 mismatch,${faulty.orderId},recorded_not_paid,paid,80.00,,`);
    expect(csv).toContain(`订单 order,${paid.orderId},notice:${idCardFee},paid,20.00`);
    await page.close();
  });

  it('shows another region none of it, and refuses a region outside the account', async () => {
    const page = await logIn('sun');
    await page.getByRole('link', { name: '缴费对账' }).click();
    await page.getByTestId('recon-load').click();
    await expectText(page.getByTestId('recon-no-mismatch'), '没有差异');
    expect(await page.getByTestId('recon-orders').locator('tbody tr').count()).toBe(0);
    await page.getByTestId('recon-region').fill('420102');
    await page.getByTestId('recon-load').click();
    await expectText(page.getByTestId('refusal'), '无权');
    await page.close();
  });

  it('shows a case and marks it 不予受理 once, refunding its fees, for a province admin', async () => {
    const c = makeCase(jiangan, { fees: [{ name: '居民身份证工本费', amountFen: 2000 }] });
    expect((await signedFetch(platform, jiangan, '/v1/cases', { body: JSON.stringify({ cases: [c] }) })).status).toBe(200);
    const fee = orderViewSchema.parse(await (await signedFetch(platform, jiangan, '/v1/payment-orders', { body: JSON.stringify({ idempotencyKey: randomUUID(), caseFee: { caseNumber: c.caseNumber, fee: 0 } }) })).json());
    await simulator.payByPhone(fee.orderId);
    const page = await logIn('zhao');
    await page.getByRole('link', { name: '缴费对账' }).click();
    // Typed as the receipt groups it: every character shows, none clipped at the field's end.
    const grouped = groupCaseNumber(c.caseNumber).join(' ');
    const field = page.getByTestId('case-number');
    await field.fill(grouped);
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    expect(await field.evaluate((input) => input.scrollWidth <= input.clientWidth)).toBe(true);
    await page.getByTestId('case-look').click();
    await expectText(page.getByTestId('case-view'), '居民身份证工本费 20.00 元：已缴');
    await shoot(page, 'console-case-view');
    await page.getByTestId('mark-reason').fill('材料不符合法定形式');
    await page.getByTestId('mark-submit').click();
    await expectText(page.getByTestId('case-mark'), '不予受理：材料不符合法定形式；已退费 20.00 元。 本次退还 20.00 元。');
    await expectText(page.getByTestId('case-view'), '居民身份证工本费 20.00 元：未缴');
    // Marked once: the form to mark it again is gone.
    expect(await page.getByTestId('mark-submit').count()).toBe(0);
    await shoot(page, 'console-case-not-proceeding');
    await page.getByTestId('recon-region').fill('420102');
    await page.getByTestId('recon-load').click();
    await expectText(page.getByTestId('recon-orders'), `case:${c.caseNumber}:0`);
    expect(await page.getByTestId('recon-orders').locator('tr', { hasText: fee.orderId }).textContent()).toContain('refunded');
    await page.getByTestId('case-number').fill('WH0001 2026');
    await page.getByTestId('case-look').click();
    await expectText(page.getByTestId('case-number-shape'), '办件编号为20位字母和数字');
    await page.close();
  });
});
