import { z } from 'zod';
import type { Queryable } from '../db/database.js';
import { splitBundle } from '../protocol/catalog.js';
import { feeInFen, isFen } from '../../standards/fen.js';

/**
 * Only what the platform reads of a catalog: each item's code and fees. The rest of the document is
 * the terminals' to check (they know their schema); extra keys are passed over.
 */
const feesOfItemsSchema = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      fees: z.array(z.preprocess(feeInFen, z.object({ name: z.string(), amountFen: z.number().refine(isFen) }))),
    }),
  ),
});

export interface PublishedFee {
  name: string;
  amountFen: number;
}

/**
 * The fees above zero an item charges in the signed bundle a terminal reports running, in the order
 * the kiosk lists them on a case (electron/core/cases/submission.ts); undefined when the platform
 * holds no bundle of that version (a terminal on its built-in catalog, or one that never reported).
 * The item missing from the bundle is an empty list: it charges nothing there.
 */
export async function publishedFees(db: Queryable, terminalId: string, itemCode: string): Promise<PublishedFee[] | undefined> {
  const { rows } = await db.query<{ bytes: Uint8Array }>(
    `SELECT b.bytes FROM terminal_catalogs t JOIN catalog_bundles b ON b.version = t.installed_version WHERE t.terminal_id = $1`,
    [terminalId],
  );
  const row = rows[0];
  if (!row) return undefined;
  const catalog = feesOfItemsSchema.safeParse(JSON.parse(splitBundle(Buffer.from(row.bytes)).payload.toString('utf8')));
  // A bundle the platform took was signed by its admins; one it cannot read has no fee to give.
  if (!catalog.success) return [];
  const item = catalog.data.items.find((i) => i.code === itemCode);
  return (item?.fees ?? []).filter((fee) => fee.amountFen > 0).map(({ name, amountFen }) => ({ name, amountFen }));
}
