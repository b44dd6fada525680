import { demoCatalog } from '../../electron/core/catalog/demo/demo-catalog.js';
import { rolloutReplySchema, type Adoption } from '../../platform/protocol/catalog-rollout.js';

/**
 * The catalog update `--faults` publishes mid-run: the demo catalog, signed as version 1, with one
 * item the citizens apply for renamed, so what the kiosk offers shows which version it runs.
 */
export const catalogUpdate = { version: 1, itemCode: 'WH-RS-002', name: '社会保障卡补领（新版）' } as const;

export function updatedCatalog(): unknown {
  return { ...demoCatalog, items: demoCatalog.items.map((item) => (item.code === catalogUpdate.itemCode ? { ...item, name: catalogUpdate.name } : item)) };
}

/**
 * What the platform's rollout view says of `version` (as the console shows it): for each terminal
 * in its audience, installed, refused or waiting, from the terminal's own reports.
 */
export async function adoptionOf(platform: { url: string; adminToken: string }, version: number): Promise<Adoption[]> {
  const response = await fetch(`${platform.url}/v1/admin/catalog/rollouts/${version}`, { headers: { authorization: `Bearer ${platform.adminToken}` } });
  return rolloutReplySchema.parse(await response.json()).terminals;
}
