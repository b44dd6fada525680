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
 * region, with the index stored beside it. Before any bundle arrives, a demo offers the demo
 * catalog in full; an enrolled terminal offers nothing (undefined) and is out of service.
 */
export function openCatalog(db: Database, regionCode: string, demo: boolean): Catalog | undefined {
  const installed = loadInstalled(new InstalledCatalogs(db));
  if (!installed) return demo ? catalogOf(undefined, { uses: usageCounter(db) }) : undefined;
  return catalogOf(installed.document, { ...catalogView(db, regionCode), version: installed.version, search: installed.searchIndex });
}
