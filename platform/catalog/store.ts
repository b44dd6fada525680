import { isUniqueViolation, type Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import type { CatalogManifest, CatalogReport } from '../protocol/catalog.js';
import { fullRegionCode } from '../../standards/region-code.js';

export async function saveBundle(db: Queryable, manifest: CatalogManifest, bytes: Buffer): Promise<void> {
  try {
    await db.query('INSERT INTO catalog_bundles (version, scope, bytes) VALUES ($1, $2, $3)', [manifest.version, fullRegionCode(manifest.scope), bytes]);
  } catch (error) {
    if (isUniqueViolation(error)) throw new HttpError(409, 'version_exists', `版本 ${manifest.version} 已发布 / version ${manifest.version} was already published; sign a higher one`);
    throw error;
  }
}

/** The region a published version is for (12 digits), or 404. */
export async function bundleScope(db: Queryable, version: number): Promise<string> {
  const { rows } = await db.query<{ scope: string }>('SELECT scope FROM catalog_bundles WHERE version = $1', [version]);
  const row = rows[0];
  if (!row) throw new HttpError(404, 'rollout_not_found', `未发布版本 ${version} / no catalog version ${version} was published`);
  return row.scope;
}

export async function recordTerminalCatalog(db: Queryable, terminalId: string, report: CatalogReport): Promise<void> {
  const refused = report.refused;
  await db.query(
    `INSERT INTO terminal_catalogs (terminal_id, installed_version, refused_version, refused_reason, refused_detail, reported_at)
     VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (terminal_id) DO UPDATE SET installed_version = excluded.installed_version,
       refused_version = coalesce(excluded.refused_version, terminal_catalogs.refused_version),
       refused_reason = coalesce(excluded.refused_reason, terminal_catalogs.refused_reason),
       refused_detail = coalesce(excluded.refused_detail, terminal_catalogs.refused_detail),
       reported_at = now()`,
    [terminalId, report.installedVersion, refused?.version ?? null, refused?.reason ?? null, refused?.detail ?? null],
  );
}
