// 缴费 of an item's fee: the fee goes up with its case, the platform orders it from what it holds
// (never the terminal's word for the amount), once per fee, and the case then shows it paid.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedNonTaxSystem } from '../../../platform/payments/non-tax.js';
import { PaymentSimulator } from '../../../platform/payments/simulator.js';
import { caseStatusReplySchema, type CaseUpload } from '../../../platform/protocol/index.js';
import { orderViewSchema, type OrderView } from '../../../platform/protocol/payments.js';
import { databaseKinds, enrollTerminal, expectPlatformError, makeCase, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const idCardFee = { name: '居民身份证工本费', amountFen: 2000 };

describe.each(databaseKinds)('case fees on %s', (kind) => {
  const sim = new PaymentSimulator();
  let platform: TestPlatform;
  let terminal: TestTerminal;
  let other: TestTerminal;
  beforeAll(async () => {
    platform = await startTestPlatform(kind, { payments: { provider: sim, nonTax: new SimulatedNonTaxSystem() } });
    sim.notifyTo(`${platform.url}/v1/payments/notify`);
    terminal = await enrollTerminal(platform);
    other = await enrollTerminal(platform);
  });
  afterAll(() => platform.close());

  const upload = async (c: CaseUpload): Promise<Response> => signedFetch(platform, terminal, '/v1/cases', { body: JSON.stringify({ cases: [c] }) });
  const order = async (caseNumber: string, fee: number, key: string = randomUUID(), by = terminal): Promise<Response> =>
    signedFetch(platform, by, '/v1/payment-orders', { body: JSON.stringify({ idempotencyKey: key, caseFee: { caseNumber, fee } }) });
  const made = async (caseNumber: string, fee: number, key?: string, by = terminal): Promise<OrderView> => {
    const res = await order(caseNumber, fee, key, by);
    expect(res.status).toBe(200);
    return orderViewSchema.parse(await res.json());
  };
  const statusOf = async (caseNumber: string) => caseStatusReplySchema.parse(await (await signedFetch(platform, terminal, `/v1/cases/${caseNumber}`)).json());

  it('orders a case fee for the amount the case came up with, once, and the case then shows it paid', async () => {
    const c = makeCase(terminal, { fees: [idCardFee] });
    expect((await upload(c)).status).toBe(200);
    expect((await statusOf(c.caseNumber)).fees).toEqual([{ fee: 0, ...idCardFee, paid: false }]);
    const key = randomUUID();
    const first = await made(c.caseNumber, 0, key);
    expect(first).toMatchObject({ state: 'pending', amountFen: 2000, noticeNumber: null, caseFee: { caseNumber: c.caseNumber, fee: 0 } });
    expect(first.subject).toContain('居民身份证工本费');
    // The reply lost, asked again with the same key: the same order.
    expect((await made(c.caseNumber, 0, key)).orderId).toBe(first.orderId);
    await sim.payByPhone(first.orderId);
    const status = await statusOf(c.caseNumber);
    expect(status.fees).toEqual([{ fee: 0, ...idCardFee, paid: true }]);
    expect(status.timeline.map((t) => t.label)).toContain('已缴费：居民身份证工本费');
    // Paid: another key, or another terminal (the citizen came back elsewhere), takes nothing more.
    await expectPlatformError(await order(c.caseNumber, 0), 409, 'already_paid');
    await expectPlatformError(await order(c.caseNumber, 0, randomUUID(), other), 409, 'already_paid');
    const { rows } = await platform.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM payment_orders WHERE due_key = $1`, [`case:${c.caseNumber}:0`]);
    expect(rows[0]?.n).toBe(1);
  });

  it('is paid from another terminal by the case number', async () => {
    const c = makeCase(terminal, { fees: [idCardFee] });
    await upload(c);
    const elsewhere = await made(c.caseNumber, 0, undefined, other);
    await sim.payByPhone(elsewhere.orderId);
    expect((await statusOf(c.caseNumber)).fees?.[0]?.paid).toBe(true);
  });

  it('refuses a fee the platform does not hold: a case not yet uploaded, a fee it does not have, a case without fees', async () => {
    const notUp = makeCase(terminal, { fees: [idCardFee] });
    await expectPlatformError(await order(notUp.caseNumber, 0), 404, 'case_fee_not_found');
    await upload(notUp);
    await expectPlatformError(await order(notUp.caseNumber, 1), 404, 'case_fee_not_found');
    const free = makeCase(terminal);
    await upload(free);
    await expectPlatformError(await order(free.caseNumber, 0), 404, 'case_fee_not_found');
    expect((await statusOf(free.caseNumber)).fees).toBeUndefined();
  });

  it('refuses a case uploaded with a fee of nothing or a fraction of a fen', async () => {
    expect((await upload(makeCase(terminal, { fees: [{ name: '工本费', amountFen: 0 }] }))).status).toBe(400);
    expect((await upload(makeCase(terminal, { fees: [{ name: '工本费', amountFen: 10.5 }] }))).status).toBe(400);
  });
});
