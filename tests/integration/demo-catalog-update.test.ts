// The demo's platform publishes a signed catalog update as an administrator would, and the demo
// terminal, enrolled trusting the demo's own catalog key, hears of it in a heartbeat reply and
// installs it while a citizen is half-way through an application.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { startBuiltDemo } from '../support/built-demo.js';
import { adoptionOf, catalogUpdate, updatedCatalog } from '../soak/catalog-update.js';
import { KioskApi } from '../soak/kiosk-api.js';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';

describe('a catalog update published on the demo platform', () => {
  let demo: RunningDemo;
  let dataDir: string;
  let kiosk: KioskApi;

  beforeAll(async () => {
    demo = await startBuiltDemo('catalog', undefined, true, { fleet: { heartbeatIntervalSeconds: 1, retentionDays: 30 } });
    dataDir = join(demo.coreConfig.dataDir, '..');
    kiosk = new KioskApi(demo.kioskUrl ?? '');
  });
  afterAll(async () => {
    await demo.close();
  });

  const itemName = async () => (await kiosk.invoke('catalog.list', {})).find((i) => i.code === catalogUpdate.itemCode)?.name;

  it('reaches the running kiosk at its next heartbeat, and the citizen at the screen finishes on it', async () => {
    expect(existsSync(join(dataDir, 'catalog-key', 'key'))).toBe(true);
    expect(await itemName()).toBe('社会保障卡补领');
    demo.devices.idcardSim?.placeCard(CHEN_XIAOXIN);
    await kiosk.invoke('identity.read', { timeoutMs: 10_000 });
    await kiosk.invoke('form.get', { itemCode: catalogUpdate.itemCode });

    expect((await demo.platform.publishCatalog(updatedCatalog(), catalogUpdate.version)).version).toBe(catalogUpdate.version);
    await expect.poll(itemName, { timeout: 30_000, interval: 100 }).toBe(catalogUpdate.name);

    const materials = [
      { key: 'material.idCard', way: 'certificate' as const },
      { key: 'material.photo', way: 'owed' as const },
    ];
    const submitted = await kiosk.invoke('case.submit', { submissionId: randomUUID(), itemCode: catalogUpdate.itemCode, answers: { 'delivery.method': 'post' }, materials });
    expect(submitted.caseNumber).toMatch(/\d/);
    await kiosk.invoke('session.end', {});

    // The platform's rollout view says the terminal runs it, from the kiosk's own report.
    const adoption = async () => (await adoptionOf(demo.platform, catalogUpdate.version)).map((t) => t.adoption);
    await expect.poll(adoption, { timeout: 30_000, interval: 200 }).toEqual(['installed']);
  }, 120_000);
});
