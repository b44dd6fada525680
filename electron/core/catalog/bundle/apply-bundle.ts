import type { CatalogDocument } from '../catalog-document.js';
import type { SearchSnapshot } from '../search.js';
import type { InstalledCatalogs } from './installed-catalogs.js';
import type { CatalogPreparer } from './prepare-in-worker.js';
import { BundleRefusedError, type TrustPolicy } from './verify.js';

export interface AppliedBundle {
  version: number;
  document: CatalogDocument;
  searchIndex: SearchSnapshot;
}

/**
 * Verifies, checks every entry and works out the search index in the preparer's worker thread,
 * then stores bundle and index, made current in one transaction. Any refusal is recorded and
 * thrown before the store is touched, so the installed catalog stays exactly as it was.
 */
export async function applyBundle(bytes: Buffer, installed: InstalledCatalogs, policy: Omit<TrustPolicy, 'installedVersion'>, preparer: CatalogPreparer): Promise<AppliedBundle> {
  try {
    const prepared = await preparer.prepare(bytes, { ...policy, installedVersion: installed.floorVersion() });
    await installed.installInParts(prepared);
    return { version: prepared.version, document: prepared.document, searchIndex: prepared.searchIndex };
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
