// A kiosk core stopped while its citizen pays, and started again on the same store: it still knows
// the order (kept before the platform was asked) and asks the platform how it ended.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreConfigSchema } from '../../../electron/core/config/core-config.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { openKiosk, type RunningKiosk } from '../../../electron/core/open-kiosk.js';
import { demoNotices, SimulatedNonTaxSystem } from '../../../platform/payments/non-tax.js';
import { PaymentSimulator } from '../../../platform/payments/simulator.js';
import { paymentViewSchema, type PaymentView } from '../../../electron/api/payments.js';
import { startLiveKiosk, type LiveKiosk } from '../../support/live-kiosk.js';
import { hall, startTestPlatform, type TestPlatform } from '../platform/harness.js';

const [first, second] = demoNotices.map((n) => n.noticeNumber) as [string, string];

let platform: TestPlatform;
let live: LiveKiosk;
const simulator = new PaymentSimulator();
beforeAll(async () => {
  platform = await startTestPlatform('pglite', { payments: { provider: simulator, nonTax: new SimulatedNonTaxSystem() } });
  simulator.notifyTo(`${platform.url}/v1/payments/notify`);
  live = await startLiveKiosk(platform, hall, { demo: true });
});
afterAll(() => platform.close());

/** The same core started again on the terminal's data folder, as after a crash and restart. */
function reopen(): Promise<RunningKiosk> {
  const config = coreConfigSchema.parse({
    demo: true,
    dataDir: live.dataDir,
    key: { kind: 'file', path: join(live.dataDir, 'store.key') },
    devices: { idcard: { kind: 'simulated' }, printer: { kind: 'simulated', paper: 80 } },
  });
  return openKiosk(config, () => undefined);
}

async function ask(kiosk: RunningKiosk, name: string, payload: unknown): Promise<unknown> {
  const answer = await dispatch(kiosk.handlers, name, payload, () => undefined);
  if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}
const payment = async (kiosk: RunningKiosk, name: string, payload: unknown): Promise<PaymentView> => paymentViewSchema.parse(await ask(kiosk, name, payload));

describe('a kiosk restarted while its citizen pays', () => {
  it('shows the payment made while it was down as paid, once, and prints its receipt', async () => {
    const started = await payment(live.kiosk, 'payment.start', { noticeNumber: first });
    expect(started.state).toBe('pending');
    await live.close();
    await simulator.payByPhone(started.orderId);
    const again = await reopen();
    try {
      const resumed = await payment(again, 'payment.unfinished', {});
      expect(resumed).toMatchObject({ orderId: started.orderId, state: 'paid', amountFen: 2000 });
      expect(await ask(again, 'payment.receipt', { orderId: started.orderId })).toEqual({ printed: true });
      // Starting it again finds it paid: no second order, nothing taken twice.
      const refused = await dispatch(again.handlers, 'payment.start', { noticeNumber: first }, () => undefined);
      expect(refused.ok ? 'started' : refused.error.code).toBe('ALREADY_PAID');
      await ask(again, 'payment.dismiss', { orderId: started.orderId });
      expect(await ask(again, 'payment.unfinished', {})).toBeNull();
      // Still pending when it came back: the wait goes on, and a late notification is asked for.
      simulator.mode = 'notifyLate';
      const pending = await payment(again, 'payment.start', { noticeNumber: second });
      await simulator.payByPhone(pending.orderId);
      expect((await payment(again, 'payment.status', { orderId: pending.orderId })).state).toBe('paid');
    } finally {
      await again.close();
    }
    const { rows } = await platform.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM payment_orders WHERE due_key = $1`, [`notice:${first}`]);
    expect(rows[0]?.n).toBe(1);
  });
});
