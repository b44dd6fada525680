import type { Database } from 'better-sqlite3';
import { loadInstalled } from './bundle/apply-bundle.js';
import { InstalledCatalogs } from './bundle/installed-catalogs.js';
import type { Catalog, CatalogView } from './catalog.js';
import { catalogOf } from './catalog-builder.js';
import { usageCounter } from './usage.js';

/** What this terminal offers of any catalog: its region's and those above, ranked by its own use. */
export function catalogView(db: Database, regionCode: string): CatalogView {
  return { regionCode, uses: usageCounter(db) };
}

/**
 * The catalog this terminal offers at start: the installed signed bundle, seen from the terminal's
 * region, with the index stored beside it. Before any bundle arrives, the demo catalog in full,
 * so a fresh or demo terminal still has something to offer.
 */
export function openCatalog(db: Database, regionCode: string): Catalog {
  const installed = loadInstalled(new InstalledCatalogs(db));
  if (!installed) return catalogOf(undefined, { uses: usageCounter(db) });
  return catalogOf(installed.document, { ...catalogView(db, regionCode), version: installed.version, search: installed.searchIndex });
}
