import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faults, startFaultProxy, type Fault, type FaultProxy } from '../../support/fault-proxy.js';
import { between, prng } from '../../support/prng.js';
import { databaseKinds, startTestPlatform, type TestPlatform } from '../platform/harness.js';
import { enrolledStore } from './enrolled-store.js';
import { caseIds, citizen, deliverAll, openKiosk, type InProcessKiosk } from './kiosk-in-process.js';

const seed = Number(process.env.TONGBAN_FAULT_SEED ?? 61);
const cases = 300;

/** Half the requests meet a fault, spread evenly over the kinds. */
function chooser(random: () => number): () => Fault {
  return () => (random() < 0.5 ? 'pass' : (faults[between(random, 1, faults.length - 1)] ?? 'pass'));
}

async function platformIds(platform: TestPlatform, terminalId: string): Promise<string[]> {
  const { rows } = await platform.db.query<{ id: string }>('SELECT id FROM cases WHERE terminal_id = $1', [terminalId]);
  return rows.map((r) => r.id);
}

describe.each(databaseKinds)(`a kiosk behind a faulty line, on %s (seed ${seed})`, (kind) => {
  let platform: TestPlatform;
  let proxy: FaultProxy;
  let kiosk: InProcessKiosk;
  let terminalId: string;
  const random = prng(seed);
  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    proxy = await startFaultProxy({ upstreams: [platform.url], choose: chooser(random), random, maxDelayMs: 20 });
    // Enrollment goes straight to the platform; everything after meets the faults.
    const store = await enrolledStore(platform, proxy.url, platform.url);
    terminalId = store.terminalId;
    kiosk = openKiosk(store, 10);
  });
  afterAll(async () => {
    kiosk.db.close();
    await proxy.close();
    await platform.close();
  });

  it('loses nothing and doubles nothing: drops, delays, 500s, and replies lost or cut off after the platform applied', async () => {
    let accepted = 0;
    while (accepted < cases) {
      for (let i = between(random, 1, 15); i > 0 && accepted < cases; i -= 1, accepted += 1) kiosk.cases.accept(citizen, kiosk.terminalCode);
      await kiosk.worker.runOnce();
    }
    await deliverAll(kiosk, 500);
    const held = await platformIds(platform, terminalId);
    expect(held).toHaveLength(cases);
    expect([...held].sort()).toEqual(caseIds(kiosk).sort());
    for (const fault of faults) expect(proxy.counts[fault], fault).toBeGreaterThan(0);
  });
});
