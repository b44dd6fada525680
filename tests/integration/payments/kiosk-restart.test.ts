// A kiosk core killed with SIGKILL while its citizen pays, and started again on the same store: it
// still knows the order (kept before the platform was asked) and asks the platform how it ended.
// The core is the built one (dist/electron/core/entry.js) in its own process, as the shell runs it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentViewSchema, type PaymentView } from '../../../electron/api/payments.js';
import { CoreConnection } from '../../../electron/bridge/core-connection.js';
import { forkCore } from '../../../electron/bridge/fork-channel.js';
import { demoNotices, SimulatedNonTaxSystem } from '../../../platform/payments/non-tax.js';
import { PaymentSimulator } from '../../../platform/payments/simulator.js';
import { startLiveKiosk } from '../../support/live-kiosk.js';
import { hall, startTestPlatform, type TestPlatform } from '../platform/harness.js';

const [first, second] = demoNotices.map((n) => n.noticeNumber) as [string, string];
const entry = join(process.cwd(), 'dist', 'electron', 'core', 'entry.js');

let platform: TestPlatform;
let dataDir: string;
const simulator = new PaymentSimulator();
beforeAll(async () => {
  platform = await startTestPlatform('pglite', { payments: { provider: simulator, nonTax: new SimulatedNonTaxSystem() } });
  simulator.notifyTo(`${platform.url}/v1/payments/notify`);
  // Enrolled once, then left to the core processes below: one writer of the store at a time.
  const enrolled = await startLiveKiosk(platform, hall, { demo: true });
  dataDir = enrolled.dataDir;
  await enrolled.close();
});
afterAll(() => platform.close());

interface CoreProcess {
  ask(name: string, payload: unknown): Promise<unknown>;
  /** What the core answered, refusal or value, without throwing. */
  answer(name: string, payload: unknown): ReturnType<CoreConnection['invoke']>;
  /** SIGKILL: no close, no flush; resolves once the process is gone. */
  kill(): Promise<void>;
  shutdown(): Promise<void>;
}

/** The terminal's core started on its data folder, as at boot and after every crash. */
async function startCore(): Promise<CoreProcess> {
  const channel = forkCore(entry);
  const connection = new CoreConnection(channel, {
    demo: true,
    dataDir,
    key: { kind: 'file', path: join(dataDir, 'store.key') },
    devices: { idcard: { kind: 'simulated' }, printer: { kind: 'simulated', paper: 80 } },
  });
  await connection.ready;
  return {
    answer: (name, payload) => connection.invoke(name, payload),
    async ask(name, payload) {
      const answer = await connection.invoke(name, payload);
      if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
      return answer.value;
    },
    async kill() {
      channel.kill();
      await connection.exited;
    },
    shutdown: () => connection.shutdown(),
  };
}

const payment = async (core: CoreProcess, name: string, payload: unknown): Promise<PaymentView> => paymentViewSchema.parse(await core.ask(name, payload));

async function ordersOf(noticeNumber: string): Promise<{ state: string }[]> {
  const { rows } = await platform.db.query<{ state: string }>(`SELECT state FROM payment_orders WHERE due_key = $1`, [`notice:${noticeNumber}`]);
  return rows;
}

describe('a kiosk core killed while its citizen pays', () => {
  it('shows the payment made while it was dead as paid, once, and prints its receipt once', { timeout: 60_000 }, async () => {
    const core = await startCore();
    const started = await payment(core, 'payment.start', { noticeNumber: first });
    expect(started.state).toBe('pending');
    // The citizen waits at the QR code; the screen asks now and then. The core dies between two asks.
    expect((await payment(core, 'payment.status', { orderId: started.orderId })).state).toBe('pending');
    await core.kill();
    await simulator.payByPhone(started.orderId);

    const again = await startCore();
    try {
      const resumed = await payment(again, 'payment.unfinished', {});
      expect(resumed).toMatchObject({ orderId: started.orderId, state: 'paid', amountFen: 2000, receiptPrinted: false });
      expect(await again.ask('payment.receipt', { orderId: started.orderId })).toEqual({ printed: true });
      // Starting it again finds it paid: no second order, nothing taken twice.
      const refused = await again.answer('payment.start', { noticeNumber: first });
      expect(refused.ok ? 'started' : refused.error.code).toBe('ALREADY_PAID');
      await again.ask('payment.dismiss', { orderId: started.orderId });
      expect(await again.ask('payment.unfinished', {})).toBeNull();
    } finally {
      await again.shutdown();
    }
    expect(await ordersOf(first)).toEqual([{ state: 'paid' }]);
  });

  it('killed after the platform made the order but before the core heard of it: the same order is found again, never a second', { timeout: 60_000 }, async () => {
    const core = await startCore();
    // The gateway is making the order when the core dies: the platform's reply reaches no one.
    const createOrder = simulator.createOrder.bind(simulator);
    simulator.createOrder = async (order) => {
      await core.kill();
      return createOrder(order);
    };
    const lost = await core.answer('payment.start', { noticeNumber: second });
    simulator.createOrder = createOrder;
    expect(lost.ok).toBe(false);

    const again = await startCore();
    try {
      const resumed = await payment(again, 'payment.unfinished', {});
      expect(resumed).toMatchObject({ noticeNumber: second, state: 'pending', amountFen: 8000 });
      // The order the dead core never saw, now paid from the QR code the restarted screen shows.
      await simulator.payByPhone(resumed.orderId);
      expect((await payment(again, 'payment.status', { orderId: resumed.orderId })).state).toBe('paid');
      const refused = await again.answer('payment.start', { noticeNumber: second });
      expect(refused.ok ? 'started' : refused.error.code).toBe('ALREADY_PAID');
    } finally {
      await again.shutdown();
    }
    expect(await ordersOf(second)).toEqual([{ state: 'paid' }]);
  });
});
