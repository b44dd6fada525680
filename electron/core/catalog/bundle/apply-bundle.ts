import type { Catalog, CatalogView } from '../catalog.js';
import { CatalogBuilder } from '../catalog-builder.js';
import type { CatalogDocument } from '../catalog-document.js';
import type { SearchSnapshot } from '../search.js';
import type { InstalledCatalogs } from './installed-catalogs.js';
import type { CatalogPreparer } from './prepare-in-worker.js';
import { BundleRefusedError, type TrustPolicy } from '../../../../platform/protocol/bundle-verify.js';

/** A bundle as stored: its document and the index worked out when it was applied. */
export interface AppliedBundle {
  version: number;
  document: CatalogDocument;
  searchIndex: SearchSnapshot;
}

/** A bundle just applied: this terminal's catalog of it, indexed while the bundle was being checked. */
export interface NewCatalog {
  version: number;
  itemCount: number;
  catalog: Catalog;
}

/**
 * Verifies, checks every entry and works out the search index in the preparer's worker thread,
 * while this terminal's view of the catalog is put together from the checked runs; then stores
 * bundle and index, made current in one transaction. Any refusal is recorded and thrown before the
 * store is touched, so the installed catalog stays exactly as it was.
 */
export async function applyBundle(
  bytes: Buffer,
  installed: InstalledCatalogs,
  policy: Omit<TrustPolicy, 'installedVersion'>,
  preparer: CatalogPreparer,
  view: CatalogView = {},
): Promise<NewCatalog> {
  try {
    const builder = new CatalogBuilder(view);
    const prepared = await preparer.prepare(bytes, { ...policy, installedVersion: installed.floorVersion() }, builder);
    await installed.installInParts(prepared);
    return { version: prepared.version, itemCount: prepared.itemCount, catalog: builder.build(prepared.version) };
  } catch (error) {
    if (error instanceof BundleRefusedError) installed.recordRefusal(error.version, error.reason, error.message);
    throw error;
  }
}

/** The current bundle as a document and index, for start-up; undefined when none was ever applied. */
export function loadInstalled(installed: InstalledCatalogs): AppliedBundle | undefined {
  const stored = installed.current();
  if (!stored) return undefined;
  // It passed the schema when applied; parsing again here would only slow every start.
  return { version: stored.version, document: JSON.parse(stored.payload.toString('utf8')) as CatalogDocument, searchIndex: stored.searchIndex };
}
