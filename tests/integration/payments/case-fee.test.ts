// An item's fee paid at the kiosk after submitting: the same QR payment as a 非税 notice, one order
// per fee keyed from the case, its receipt printed, and the case on the platform shown paid.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFeesViewSchema, paymentViewSchema } from '../../../electron/api/payments.js';
import { caseViewSchema } from '../../../electron/api/values.js';
import { makeCaseNumber } from '../../../standards/case-number.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { SimulatedNonTaxSystem } from '../../../platform/payments/non-tax.js';
import { PaymentSimulator } from '../../../platform/payments/simulator.js';
import { startLiveKiosk, type LiveKiosk } from '../../support/live-kiosk.js';
import { adminToken, hall, postJson, startTestPlatform, type TestPlatform } from '../platform/harness.js';

let platform: TestPlatform;
let live: LiveKiosk;
const simulator = new PaymentSimulator();
beforeAll(async () => {
  // The kiosk runs the built-in demo catalog, which this platform never published: as in the demo,
  // its cases' fees are taken as uploaded (tests/integration/platform/case-fees.test.ts checks them against a published one).
  platform = await startTestPlatform('pglite', { payments: { provider: simulator, nonTax: new SimulatedNonTaxSystem(), unpublishedCatalogFees: 'trust-case' } });
  simulator.notifyTo(`${platform.url}/v1/payments/notify`);
  live = await startLiveKiosk(platform, hall, { demo: true });
});
afterAll(async () => {
  await live.close();
  await platform.close();
});

async function ask(name: string, payload: unknown): Promise<unknown> {
  const answer = await dispatch(live.kiosk.handlers, name, payload, () => undefined);
  if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

describe('paying the fee of an item after submitting it', () => {
  it('orders the case fee once, prints its receipt, and the platform shows the case paid', async () => {
    await ask('identity.read', { timeoutMs: 5000 });
    const submitted = (await ask('case.submit', { submissionId: randomUUID(), itemCode: 'WH-GA-002', answers: { 'applicant.phone': '13800000000' }, materials: [{ key: 'material.idCard', way: 'certificate' }] })) as {
      caseNumber: string;
      cases: { fees?: unknown }[];
    };
    expect(submitted.cases[0]?.fees).toEqual([{ name: '居民身份证工本费', amountFen: 2000 }]);
    const caseFee = { caseNumber: submitted.caseNumber, fee: 0 };
    const started = paymentViewSchema.parse(await ask('payment.start', { caseFee }));
    expect(started).toMatchObject({ state: 'pending', amountFen: 2000, caseFee, noticeNumber: null });
    // Started again (the citizen tapped twice): the same order, not a second.
    expect(paymentViewSchema.parse(await ask('payment.start', { caseFee })).orderId).toBe(started.orderId);
    await simulator.payByPhone(started.orderId);
    expect(paymentViewSchema.parse(await ask('payment.status', { orderId: started.orderId })).state).toBe('paid');
    expect(await ask('payment.receipt', { orderId: started.orderId })).toEqual({ printed: true });
    // Back later, by the case number: nothing left to pay, and starting again is refused.
    expect(caseFeesViewSchema.parse(await ask('payment.caseFees', { caseNumber: submitted.caseNumber })).fees).toEqual([
      { fee: 0, name: '居民身份证工本费', amountFen: 2000, paid: true },
    ]);
    const refused = await dispatch(live.kiosk.handlers, 'payment.start', { caseFee }, () => undefined);
    expect(refused.ok ? 'started' : refused.error.code).toBe('ALREADY_PAID');
    const { rows } = await platform.db.query<{ state: string }>(`SELECT state FROM payment_orders WHERE due_key = $1`, [`case:${submitted.caseNumber}:0`]);
    expect(rows).toEqual([{ state: 'paid' }]);
    // The case went up with the version of the catalog it was accepted under: the built-in demo's is 0.
    const held = await platform.db.query<{ v: number | null }>(`SELECT catalog_version AS v FROM cases WHERE case_number = $1`, [submitted.caseNumber]);
    expect(held.rows[0]?.v).toBe(0);
  });

  it('shows a case marked not proceeding to the citizen who queries it, and takes no fee of it', async () => {
    await ask('identity.read', { timeoutMs: 5000 });
    const { caseNumber } = (await ask('case.submit', { submissionId: randomUUID(), itemCode: 'WH-GA-002', answers: { 'applicant.phone': '13800000000' }, materials: [{ key: 'material.idCard', way: 'certificate' }] })) as { caseNumber: string };
    const paid = paymentViewSchema.parse(await ask('payment.start', { caseFee: { caseNumber, fee: 0 } }));
    await simulator.payByPhone(paid.orderId);
    const marked = await postJson(`${platform.url}/v1/admin/cases/${caseNumber}/not-proceeding`, { kind: 'rejected', reason: '申请材料不齐全' }, { authorization: `Bearer ${adminToken}` });
    expect(marked.status).toBe(200);
    const view = caseViewSchema.parse(await ask('case.query', { caseNumber }));
    expect(view.notProceeding).toMatchObject({ kind: 'rejected', reason: '申请材料不齐全', refundedFen: 2000 });
    const fees = await dispatch(live.kiosk.handlers, 'payment.caseFees', { caseNumber }, () => undefined);
    expect(fees.ok ? 'shown' : fees.error.code).toBe('CASE_NOT_PROCEEDING');
    const again = await dispatch(live.kiosk.handlers, 'payment.start', { caseFee: { caseNumber, fee: 0 } }, () => undefined);
    expect(again.ok ? 'started' : again.error.code).toBe('CASE_NOT_PROCEEDING');
  });

  it('says plainly that a case the platform does not hold cannot be paid yet', async () => {
    // Some sequences have no check character (makeCaseNumber says undefined, and the kiosk skips
    // them): the terminal code differs per run, so take the first one from 999 that has one.
    const caseNumber = [999, 998, 997, 996].map((n) => makeCaseNumber(live.terminalCode, '20261202', n)).find((n) => n !== undefined);
    const answer = await dispatch(live.kiosk.handlers, 'payment.caseFees', { caseNumber }, () => undefined);
    expect(answer.ok ? 'answered' : answer.error).toMatchObject({ code: 'CASE_NOT_FOUND', message: expect.stringContaining('暂未收到该办件') });
    const order = await dispatch(live.kiosk.handlers, 'payment.start', { caseFee: { caseNumber, fee: 0 } }, () => undefined);
    expect(order.ok ? 'started' : order.error.code).toBe('CASE_NOT_FOUND');
  });
});
