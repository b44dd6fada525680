import { z } from 'zod';
import type { Queryable } from '../db/database.js';
import { splitBundle } from '../protocol/catalog.js';
import { feeInFen, isFen } from '../../standards/fen.js';
import { regionCovers } from '../../standards/region-code.js';

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

/** Whose catalog, of which item, at which version (null: the one the terminal reports running). */
export interface FeesAsked {
  terminalId: string;
  itemCode: string;
  catalogVersion: number | null;
}

/**
 * The bundle of the version asked, or the terminal's installed one; only one published for the
 * terminal's region or a region above it: a version of another region's catalog charged nothing here.
 */
async function bundleFor(db: Queryable, { terminalId, catalogVersion }: FeesAsked): Promise<Uint8Array | undefined> {
  const { rows } = await db.query<{ bytes: Uint8Array; scope: string; region: string }>(
    `SELECT b.bytes, b.scope, t.region_code AS region FROM terminals t
       LEFT JOIN terminal_catalogs c ON c.terminal_id = t.id
       JOIN catalog_bundles b ON b.version = coalesce($2, c.installed_version)
      WHERE t.id = $1`,
    [terminalId, catalogVersion],
  );
  const row = rows[0];
  return row && regionCovers(row.scope, row.region) ? row.bytes : undefined;
}

/**
 * The fees above zero an item charges in a signed bundle the platform published for the terminal,
 * in the order the kiosk lists them on a case (electron/core/cases/submission.ts); undefined when
 * the platform holds no such bundle (a terminal on its built-in catalog, one that never reported, a
 * version never published for its region). The item missing from the bundle is an empty list: it
 * charges nothing there.
 */
export async function publishedFees(db: Queryable, asked: FeesAsked): Promise<PublishedFee[] | undefined> {
  const bytes = await bundleFor(db, asked);
  if (!bytes) return undefined;
  const catalog = feesOfItemsSchema.safeParse(JSON.parse(splitBundle(Buffer.from(bytes)).payload.toString('utf8')));
  // A bundle the platform took was signed by its admins; one it cannot read has no fee to give.
  if (!catalog.success) return [];
  const item = catalog.data.items.find((i) => i.code === asked.itemCode);
  return (item?.fees ?? []).filter((fee) => fee.amountFen > 0).map(({ name, amountFen }) => ({ name, amountFen }));
}
