import type { Database } from 'better-sqlite3';
import { loadInstalled, type AppliedBundle } from './bundle/apply-bundle.js';
import { InstalledCatalogs } from './bundle/installed-catalogs.js';
import { Catalog, type CatalogOptions } from './catalog.js';
import { usageCounter } from './usage.js';

/**
 * The catalog this terminal offers at start: the installed signed bundle, seen from the terminal's
 * region, with the index stored beside it. Before any bundle arrives, the demo catalog in full,
 * so a fresh or demo terminal still has something to offer.
 */
export function openCatalog(db: Database, regionCode: string): Catalog {
  const installed = loadInstalled(new InstalledCatalogs(db));
  if (!installed) return new Catalog(undefined, { uses: usageCounter(db) });
  return new Catalog(installed.document, catalogOptions(db, installed, regionCode));
}

/** The catalog a bundle just applied offers this terminal, indexed without stalling the screen's requests. */
export function catalogOfBundle(db: Database, bundle: AppliedBundle, regionCode: string): Promise<Catalog> {
  return Catalog.inSlices(bundle.document, catalogOptions(db, bundle, regionCode));
}

function catalogOptions(db: Database, bundle: AppliedBundle, regionCode: string): CatalogOptions {
  return { regionCode, version: bundle.version, search: bundle.searchIndex, uses: usageCounter(db) };
}
