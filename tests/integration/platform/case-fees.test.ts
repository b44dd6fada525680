// 缴费 of an item's fee: the fee goes up with its case, the platform orders it from what it holds
// (never the terminal's word for the amount: the catalog it published for the terminal), once per
// fee, and the case then shows it paid; a case marked not proceeding has its fees refunded once.
import { createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedNonTaxSystem } from '../../../platform/payments/non-tax.js';
import { PaymentSimulator } from '../../../platform/payments/simulator.js';
import { signBundle } from '../../../platform/protocol/bundle-sign.js';
import { caseStatusReplySchema, type CaseUpload } from '../../../platform/protocol/index.js';
import { notProceedingReplySchema, orderViewSchema, reconciliationSchema, type OrderView } from '../../../platform/protocol/payments.js';
import { adminToken, databaseKinds, enrollTerminal, expectPlatformError, makeCase, postJson, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const idCardFee = { name: '居民身份证工本费', amountFen: 2000 };
const postFee = { name: '证件邮寄费', amountFen: 1500 };
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The catalog the platform publishes: makeCase's item (its code) charges 工本费, a fee of nothing (never listed on a case), and 邮寄费. */
const signer = generateKeyPairSync('ed25519').privateKey;
const trust = { keys: [createPublicKey(signer).export({ type: 'spki', format: 'der' }).toString('base64')], threshold: 1 };
const catalog = {
  items: [{ code: '11420102MB1234567X4420112001000', fees: [{ ...idCardFee, basis: '' }, { name: '首次申领', amountFen: 0, basis: '' }, { ...postFee, basis: '' }] }],
  lifeEvents: [],
  benefits: [],
};

describe.each(databaseKinds)('case fees on %s', (kind) => {
  const sim = new PaymentSimulator();
  let platform: TestPlatform;
  let terminal: TestTerminal;
  let other: TestTerminal;
  beforeAll(async () => {
    platform = await startTestPlatform(kind, { payments: { provider: sim, nonTax: new SimulatedNonTaxSystem() }, catalogTrust: trust });
    sim.notifyTo(`${platform.url}/v1/payments/notify`);
    terminal = await enrollTerminal(platform);
    other = await enrollTerminal(platform);
    await publish(1, catalog);
    for (const t of [terminal, other]) await runs(t, 1);
  });
  afterAll(() => platform.close());

  const publish = async (version: number, payload: typeof catalog, scope = '420100'): Promise<void> => {
    const bundle = signBundle(Buffer.from(JSON.stringify(payload)), [signer], { version, expires: new Date(Date.now() + 86_400_000), scope });
    const published = await fetch(`${platform.url}/v1/admin/catalog?stage=all`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/octet-stream' }, body: bundle });
    expect(published.status).toBe(200);
  };
  const runs = async (t: TestTerminal, installedVersion: number): Promise<void> => {
    expect((await signedFetch(platform, t, '/v1/catalog/report', { body: JSON.stringify({ installedVersion }) })).status).toBe(200);
  };

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

  const ordersOf = async (caseNumber: string) =>
    (await platform.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM payment_orders WHERE due_key LIKE $1`, [`case:${caseNumber}:%`])).rows[0]?.n;

  it('refuses a fee whose amount is not the published one, making no order', async () => {
    const forged = makeCase(terminal, { fees: [{ ...idCardFee, amountFen: 1 }] });
    await upload(forged);
    const res = await order(forged.caseNumber, 0);
    await expectPlatformError(res, 422, 'case_fee_mismatch');
    expect(await ordersOf(forged.caseNumber)).toBe(0);
  });

  it('refuses a fee the published item does not have at that place, and one the terminal renamed', async () => {
    const extra = makeCase(terminal, { fees: [idCardFee, postFee, { name: '加急费', amountFen: 5000 }] });
    await upload(extra);
    await expectPlatformError(await order(extra.caseNumber, 2), 422, 'case_fee_mismatch');
    const renamed = makeCase(terminal, { fees: [{ ...postFee, name: '工本费' }] });
    await upload(renamed);
    await expectPlatformError(await order(renamed.caseNumber, 0), 422, 'case_fee_mismatch');
    expect([await ordersOf(extra.caseNumber), await ordersOf(renamed.caseNumber)]).toEqual([0, 0]);
    // The fee at its right place is taken: 邮寄费 is the second fee above zero.
    expect((await made(extra.caseNumber, 1)).amountFen).toBe(1500);
  });

  it('refuses a case fee of a terminal running no catalog the platform published', async () => {
    const stray = await enrollTerminal(platform);
    const c = makeCase(stray, { fees: [idCardFee] });
    expect((await signedFetch(platform, stray, '/v1/cases', { body: JSON.stringify({ cases: [c] }) })).status).toBe(200);
    const res = await order(c.caseNumber, 0, randomUUID(), stray);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: 'case_fee_unverifiable', message: expect.stringMatching(/无法核对收费金额.*cannot check the fee/s) });
    expect(await ordersOf(c.caseNumber)).toBe(0);
  });

  const markNotProceeding = (caseNumber: string, kind = 'rejected', reason = '材料不符合法定形式') =>
    postJson(`${platform.url}/v1/admin/cases/${caseNumber}/not-proceeding`, { kind, reason }, { authorization: `Bearer ${adminToken}` });

  it('marks a case not proceeding once, refunds every paid fee once, shown in reconciliation, the audit log and the case', async () => {
    const c = makeCase(terminal, { fees: [idCardFee, postFee] });
    await upload(c);
    const paid = [await made(c.caseNumber, 0), await made(c.caseNumber, 1)];
    for (const o of paid) await sim.payByPhone(o.orderId);
    const first = await markNotProceeding(c.caseNumber);
    expect(first.status).toBe(200);
    const refund = notProceedingReplySchema.parse(await first.json());
    expect(refund.refundedFen).toBe(3500);
    expect(refund.orders.map((o) => o.state)).toEqual(['refunded', 'refunded']);
    expect(refund.notProceeding).toMatchObject({ kind: 'rejected', reason: '材料不符合法定形式', refundedFen: 3500 });
    // Asked again (a double click, a retry, another reason): the first mark stands, nothing more goes back.
    const again = notProceedingReplySchema.parse(await (await markNotProceeding(c.caseNumber, 'terminated', '申请人撤回')).json());
    expect(again.refundedFen).toBe(0);
    expect(again.notProceeding).toEqual(refund.notProceeding);
    const lines = (await sim.statement(today())).filter((l) => paid.some((o) => o.orderId === l.orderId));
    expect(lines.map((l) => l.refundedFen).sort()).toEqual([1500, 2000]);
    const res = await fetch(`${platform.url}/v1/admin/payments/reconciliation?day=${today()}`, { headers: { authorization: `Bearer ${adminToken}` } });
    const report = reconciliationSchema.parse(await res.json());
    expect(report.orders.filter((o) => o.dueKey.startsWith(`case:${c.caseNumber}:`)).map((o) => o.state)).toEqual(['refunded', 'refunded']);
    expect(report.mismatches.filter((m) => paid.some((o) => o.orderId === m.orderId))).toEqual([]);
    const { rows } = await platform.db.query<{ actor: string; detail: { refundedFen: number; kind: string } }>(
      `SELECT actor, detail FROM audit_log WHERE action = 'case.not_proceeding' AND target = $1 ORDER BY id`,
      [c.caseNumber],
    );
    expect(rows.map((r) => [r.actor, r.detail.kind, r.detail.refundedFen])).toEqual([['token', 'rejected', 3500], ['token', 'rejected', 0]]);
    // The citizen querying the case, and the console's case view, see the mark and the refund.
    expect((await statusOf(c.caseNumber)).notProceeding).toEqual(refund.notProceeding);
    const viewed = await fetch(`${platform.url}/v1/admin/cases/${c.caseNumber}`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(caseStatusReplySchema.parse(await viewed.json()).notProceeding).toEqual(refund.notProceeding);
    // The case does not proceed: no fee of it is taken again, and the refusal says why.
    const refused = await order(c.caseNumber, 0);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: 'case_not_proceeding', message: expect.stringMatching(/不予受理（材料不符合法定形式）.*was not accepted/s) });
    expect(await ordersOf(c.caseNumber)).toBe(2);
  });

  it('closes an order still waiting when the case is marked, and gives it back if it was paid meanwhile', async () => {
    const c = makeCase(terminal, { fees: [idCardFee, postFee] });
    await upload(c);
    const waiting = await made(c.caseNumber, 0);
    const paidMeanwhile = await made(c.caseNumber, 1);
    // Paid on the phone, its notification not yet here: the platform still thinks it waits.
    sim.mode = 'notifyLate';
    await sim.payByPhone(paidMeanwhile.orderId);
    sim.mode = 'approve';
    const refund = notProceedingReplySchema.parse(await (await markNotProceeding(c.caseNumber, 'terminated', '申请人撤回申请')).json());
    expect(refund.orders.map((o) => [o.orderId, o.state])).toEqual([[waiting.orderId, 'closed'], [paidMeanwhile.orderId, 'refunded']]);
    expect(refund.notProceeding).toMatchObject({ kind: 'terminated', refundedFen: 1500 });
  });

  it('marks a case with nothing paid, and says so for a case it does not hold', async () => {
    const c = makeCase(terminal, { fees: [idCardFee] });
    await upload(c);
    const refund = notProceedingReplySchema.parse(await (await markNotProceeding(c.caseNumber)).json());
    expect(refund).toMatchObject({ refundedFen: 0, orders: [], notProceeding: { refundedFen: 0 } });
    await expectPlatformError(await order(c.caseNumber, 0), 409, 'case_not_proceeding');
    await expectPlatformError(await markNotProceeding(makeCase(terminal).caseNumber), 404, 'case_not_found');
    expect((await markNotProceeding(c.caseNumber, 'withdrawn')).status).toBe(400);
  });

  it('checks a fee against the catalog the case was made under: paid later at its fee, after an update changed it', async () => {
    const mover = await enrollTerminal(platform);
    await runs(mover, 1);
    const underV1 = makeCase(mover, { fees: [idCardFee], catalogVersion: 1 });
    const queuedBefore = makeCase(mover, { fees: [idCardFee] });
    const forgedVersion = makeCase(mover, { fees: [idCardFee], catalogVersion: 7 });
    const forgedAmount = makeCase(mover, { fees: [{ ...idCardFee, amountFen: 1 }], catalogVersion: 1 });
    // Another region's catalog (黄石), where the fee is ¥0.01: not one published for this terminal.
    await publish(3, { ...catalog, items: [{ code: catalog.items[0]!.code, fees: [{ ...idCardFee, amountFen: 1, basis: '' }] }] }, '420200');
    const otherRegion = makeCase(mover, { fees: [{ ...idCardFee, amountFen: 1 }], catalogVersion: 3 });
    const cases = [underV1, queuedBefore, forgedVersion, forgedAmount, otherRegion];
    expect((await signedFetch(platform, mover, '/v1/cases', { body: JSON.stringify({ cases }) })).status).toBe(200);
    // Days later the admins publish v4 (工本费 ¥25) and the terminal takes it.
    await publish(4, { ...catalog, items: [{ code: catalog.items[0]!.code, fees: [{ ...idCardFee, amountFen: 2500, basis: '' }] }] });
    await runs(mover, 4);
    const paid = await made(underV1.caseNumber, 0, undefined, mover);
    expect(paid.amountFen).toBe(2000);
    // A case queued on a kiosk of before the field is checked against the catalog its terminal runs.
    await expectPlatformError(await order(queuedBefore.caseNumber, 0, randomUUID(), mover), 422, 'case_fee_mismatch');
    await expectPlatformError(await order(forgedVersion.caseNumber, 0, randomUUID(), mover), 422, 'case_fee_unverifiable');
    await expectPlatformError(await order(forgedAmount.caseNumber, 0, randomUUID(), mover), 422, 'case_fee_mismatch');
    await expectPlatformError(await order(otherRegion.caseNumber, 0, randomUUID(), mover), 422, 'case_fee_unverifiable');
    expect(await Promise.all(cases.slice(1).map((c) => ordersOf(c.caseNumber)))).toEqual([0, 0, 0, 0]);
  });
});
