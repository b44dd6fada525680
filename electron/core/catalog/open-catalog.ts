import type { Database } from 'better-sqlite3';
import { loadInstalled } from './bundle/apply-bundle.js';
import { InstalledCatalogs } from './bundle/installed-catalogs.js';
import { Catalog } from './catalog.js';
import { usageCounter } from './usage.js';

/**
 * The catalog this terminal offers at start: the installed signed bundle, seen from the terminal's
 * region, with the index stored beside it. Before any bundle arrives, the demo catalog in full,
 * so a fresh or demo terminal still has something to offer.
 */
export function openCatalog(db: Database, regionCode: string): Catalog {
  const uses = usageCounter(db);
  const installed = loadInstalled(new InstalledCatalogs(db));
  if (!installed) return new Catalog(undefined, { uses });
  return new Catalog(installed.document, { regionCode, version: installed.version, search: installed.searchIndex, uses });
}
