// 缴费 against the simulated gateway: every fault it can play, on PGlite and on PostgreSQL.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoNotices, SimulatedNonTaxSystem } from '../../../platform/payments/non-tax.js';
import { PaymentSimulator } from '../../../platform/payments/simulator.js';
import { orderViewSchema, reconciliationSchema, type OrderView } from '../../../platform/protocol/payments.js';
import { adminToken, databaseKinds, enrollTerminal, expectPlatformError, postJson, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const [idCardFee, landFee, roadFee] = demoNotices.map((n) => n.noticeNumber) as [string, string, string];
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe.each(databaseKinds)('payments on %s', (kind) => {
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
  beforeEach(() => {
    sim.mode = 'approve';
  });

  const order = async (noticeNumber: string, key: string = randomUUID(), by = terminal): Promise<Response> =>
    signedFetch(platform, by, '/v1/payment-orders', { body: JSON.stringify({ idempotencyKey: key, noticeNumber }) });
  const made = async (noticeNumber: string, key?: string): Promise<OrderView> => {
    const res = await order(noticeNumber, key);
    expect(res.status).toBe(200);
    return orderViewSchema.parse(await res.json());
  };
  const view = async (orderId: string, by = terminal): Promise<Response> => signedFetch(platform, by, `/v1/payment-orders/${orderId}`);
  const stateOf = async (orderId: string) => orderViewSchema.parse(await (await view(orderId)).json()).state;
  /** The row as stored, without asking the provider (a view of a pending order would). */
  const stored = async (orderId: string) =>
    (await platform.db.query<{ state: string }>('SELECT state FROM payment_orders WHERE id = $1', [orderId])).rows[0]?.state;
  const livePerDue = async (noticeNumber: string) =>
    (await platform.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM payment_orders WHERE due_key = $1 AND state IN ('pending', 'paid')`, [`notice:${noticeNumber}`])).rows[0]?.n;

  it('shows a notice, pays it once, and refuses a second order for it', async () => {
    const notice = await (await signedFetch(platform, terminal, `/v1/payment-notices/${idCardFee}`)).json();
    expect(notice).toMatchObject({ amountFen: 2000, itemName: '居民身份证工本费', payerMasked: '陈*欣', paid: false });
    const first = await made(idCardFee);
    expect(first).toMatchObject({ state: 'pending', amountFen: 2000 });
    expect(first.qrPayload).toContain(first.orderId);
    await sim.payByPhone(first.orderId);
    expect(await stored(first.orderId)).toBe('paid');
    expect(await (await signedFetch(platform, terminal, `/v1/payment-notices/${idCardFee}`)).json()).toMatchObject({ paid: true });
    await expectPlatformError(await order(idCardFee), 409, 'already_paid');
  });

  it('answers the same order to the same idempotency key, and nothing to another terminal', async () => {
    const key = randomUUID();
    const first = await made(landFee, key);
    const again = await made(landFee, key);
    expect(again.orderId).toBe(first.orderId);
    expect(await livePerDue(landFee)).toBe(1);
    await expectPlatformError(await view(first.orderId, other), 404, 'order_not_found');
    await expectPlatformError(await order(landFee, key, other), 409, 'key_taken');
  });

  it('lets a declined payment be tried again with a new order', async () => {
    sim.mode = 'decline';
    const declined = await made(roadFee);
    await sim.payByPhone(declined.orderId);
    expect(await stored(declined.orderId)).toBe('declined');
    sim.mode = 'approve';
    const retry = await made(roadFee);
    expect(retry.orderId).not.toBe(declined.orderId);
    await sim.payByPhone(retry.orderId);
    expect(await stateOf(retry.orderId)).toBe('paid');
  });

  describe('with notices of its own', () => {
    // A new number each test, so the notices paid above stay out of the way.
    let n = 0;
    const fresh = () => `4201009${kind === 'pglite' ? '1' : '2'}${String(Date.now()).slice(-6)}${String((n += 1)).padStart(6, '0')}`;
    const nonTax = { lookup: async (noticeNumber: string) => ({ noticeNumber, payerMasked: '王*', payee: '测试执收单位', itemName: '测试缴费', amountFen: 1234, dueBy: '2030-12-31' }) };
    const ownSim = new PaymentSimulator();
    let own: TestPlatform;
    let ownTerminal: TestTerminal;
    beforeAll(async () => {
      own = await startTestPlatform(kind, { payments: { provider: ownSim, nonTax } });
      ownSim.notifyTo(`${own.url}/v1/payments/notify`);
      ownTerminal = await enrollTerminal(own);
    });
    afterAll(() => own.close());
    beforeEach(() => {
      ownSim.mode = 'approve';
    });
    const ownOrder = async (noticeNumber = fresh()) => {
      const res = await signedFetch(own, ownTerminal, '/v1/payment-orders', { body: JSON.stringify({ idempotencyKey: randomUUID(), noticeNumber }) });
      expect(res.status).toBe(200);
      return orderViewSchema.parse(await res.json());
    };
    const ownView = async (orderId: string, path = '') => orderViewSchema.parse(await (await signedFetch(own, ownTerminal, `/v1/payment-orders/${orderId}${path}`, path ? { body: '{}' } : {})).json());
    const ownStored = async (orderId: string) => (await own.db.query<{ state: string }>('SELECT state FROM payment_orders WHERE id = $1', [orderId])).rows[0]?.state;
    const ownVerdicts = async (orderId: string | null) =>
      (await own.db.query<{ verdict: string }>('SELECT verdict FROM payment_notifications WHERE order_id IS NOT DISTINCT FROM $1 ORDER BY id', [orderId])).rows.map((r) => r.verdict);

    it('times out: nothing is heard, and cancelling closes the order at the provider', async () => {
      ownSim.mode = 'timeout';
      const o = await ownOrder();
      await ownSim.payByPhone(o.orderId);
      expect((await ownView(o.orderId)).state).toBe('pending');
      expect((await ownView(o.orderId, '/cancel')).state).toBe('closed');
      expect((await ownSim.query(o.orderId)).state).toBe('closed');
    });

    it('cancelling an order the phone already paid says paid: the money is not lost', async () => {
      ownSim.mode = 'notifyLate';
      const o = await ownOrder();
      await ownSim.payByPhone(o.orderId);
      expect((await ownView(o.orderId, '/cancel')).state).toBe('paid');
    });

    it('applies a notification sent twice once', async () => {
      ownSim.mode = 'notifyTwice';
      const o = await ownOrder();
      await ownSim.payByPhone(o.orderId);
      expect(await ownStored(o.orderId)).toBe('paid');
      expect(await ownVerdicts(o.orderId)).toEqual(['applied', 'already_settled']);
    });

    it('resolves a late notification by asking the provider, and the late one changes nothing', async () => {
      ownSim.mode = 'notifyLate';
      const o = await ownOrder();
      await ownSim.payByPhone(o.orderId);
      expect(await ownStored(o.orderId)).toBe('pending');
      expect((await ownView(o.orderId)).state).toBe('paid');
      await ownSim.deliverLate();
      expect(await ownVerdicts(o.orderId)).toEqual(['already_settled']);
      expect(await ownStored(o.orderId)).toBe('paid');
    });

    it('refuses a wrongly signed notification and changes nothing', async () => {
      ownSim.mode = 'signWrongly';
      const o = await ownOrder();
      const before = await ownVerdicts(null);
      await ownSim.payByPhone(o.orderId);
      expect(await ownStored(o.orderId)).toBe('pending');
      expect(await ownVerdicts(null)).toEqual([...before, 'bad_signature']);
      const forged = { orderId: o.orderId, providerTradeNo: 'FORGED', result: 'paid', amountFen: 1234, paidAt: new Date().toISOString() } as const;
      expect(await ownSim.send(forged, generateKeyPairSync('ed25519').privateKey)).toBe(401);
      const unsigned = await postJson(`${own.url}/v1/payments/notify`, forged);
      expect(unsigned.status).toBe(401);
      expect(await ownStored(o.orderId)).toBe('pending');
    });

    it('changes nothing for a notification of an unknown order, a settled one, or a wrong amount', async () => {
      const unknown = { orderId: '01890000-0000-7000-8000-000000000000', providerTradeNo: 'X', result: 'paid', amountFen: 1234, paidAt: new Date().toISOString() } as const;
      expect(await ownSim.send(unknown)).toBe(404);
      const wrong = await ownOrder();
      expect(await ownSim.send({ ...unknown, orderId: wrong.orderId, amountFen: 1 })).toBe(422);
      expect(await ownStored(wrong.orderId)).toBe('pending');
      ownSim.mode = 'decline';
      const declined = await ownOrder();
      await ownSim.payByPhone(declined.orderId);
      expect(await ownSim.send({ ...unknown, orderId: declined.orderId })).toBe(200);
      expect(await ownStored(declined.orderId)).toBe('declined');
    });

    it('makes one live order when two terminals order the same notice at once', async () => {
      const second = await enrollTerminal(own);
      const noticeNumber = fresh();
      const body = () => JSON.stringify({ idempotencyKey: randomUUID(), noticeNumber });
      const replies = await Promise.all([signedFetch(own, ownTerminal, '/v1/payment-orders', { body: body() }), signedFetch(own, second, '/v1/payment-orders', { body: body() })]);
      expect(replies.map((r) => r.status)).toContain(200);
      const { rows } = await own.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM payment_orders WHERE due_key = $1 AND state IN ('pending', 'paid')`, [`notice:${noticeNumber}`]);
      expect(rows[0]?.n).toBe(1);
    });

    it('refunds a paid order once, and reconciles the day with the provider', async () => {
      const paid = await ownOrder();
      await ownSim.payByPhone(paid.orderId);
      const refunded = await ownOrder();
      await ownSim.payByPhone(refunded.orderId);
      const refund = (id: string) => postJson(`${own.url}/v1/admin/payment-orders/${id}/refund`, { reason: '申请不予受理，原路退回' }, { authorization: `Bearer ${adminToken}` });
      expect((await refund(refunded.orderId)).status).toBe(200);
      expect((await refund(refunded.orderId)).status).toBe(200);
      expect((await ownSim.statement(today())).find((l) => l.orderId === refunded.orderId)?.refundedFen).toBe(1234);
      const unheard = '01890000-0000-7000-8000-0000000000aa';
      ownSim.takeUnheard(unheard, 500);
      const res = await fetch(`${own.url}/v1/admin/payments/reconciliation?day=${today()}`, { headers: { authorization: `Bearer ${adminToken}` } });
      expect(res.status).toBe(200);
      const report = reconciliationSchema.parse(await res.json());
      expect(report.orders.map((o) => o.orderId)).toEqual(expect.arrayContaining([paid.orderId, refunded.orderId]));
      expect(report.mismatches).toEqual([{ orderId: unheard, kind: 'paid_not_recorded', platformState: null, platformFen: null, providerFen: 500 }]);
      expect(report.totals.providerNetFen - report.totals.platformPaidFen).toBe(500);
    });
  });

  it('refuses a terminal that is not signed in and an unknown notice', async () => {
    expect((await fetch(`${platform.url}/v1/payment-notices/${idCardFee}`)).status).toBe(401);
    await expectPlatformError(await signedFetch(platform, terminal, '/v1/payment-notices/99999999999999999999'), 404, 'notice_not_found');
    await expectPlatformError(await order('123'), 400, 'bad_request');
  });

  it('shows reconciliation to admins only', async () => {
    expect((await fetch(`${platform.url}/v1/admin/payments/reconciliation?day=${today()}`)).status).toBe(401);
  });
});
