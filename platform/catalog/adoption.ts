import type { Queryable } from '../db/database.js';
import type { RefusalReason } from '../protocol/catalog.js';
import type { Adoption, Rollout, RolloutListReply, RolloutReply } from '../protocol/catalog-rollout.js';
import { regionCovers } from '../../standards/region-code.js';
import { rolloutColumns, type RolloutRow } from './rollout-store.js';
import { bundleScope } from './store.js';

interface TerminalCatalogRow {
  id: string;
  code: string;
  regionCode: string;
  installedVersion: number | null;
  refusedVersion: number | null;
  refusedReason: RefusalReason | null;
  refusedDetail: string | null;
}

/** The versions the console lists: enough to see the last few rollouts through, never the whole history. */
const listedVersions = 20;

/**
 * The same reach as the terminal's catalog query, read from the other side: does this rollout take
 * the terminal in. A rolled-back version takes none: only the terminals still running it are listed.
 */
function reaches(rollout: Rollout, scope: string, terminal: TerminalCatalogRow): boolean {
  if (rollout.state === 'rolled_back' || !regionCovers(scope, terminal.regionCode)) return false;
  if (rollout.stage === 'all' || rollout.terminals.includes(terminal.id)) return true;
  return rollout.stage === 'region' && rollout.regionCode !== null && regionCovers(rollout.regionCode, terminal.regionCode);
}

function adoptionOf(version: number, row: TerminalCatalogRow): Adoption {
  const base = { terminalId: row.id, terminalCode: row.code, regionCode: row.regionCode, installedVersion: row.installedVersion };
  // A terminal that went on to a newer version ran this one (or skipped it, which is as good).
  if (row.installedVersion !== null && row.installedVersion >= version) return { ...base, adoption: 'installed', refused: null };
  if (row.refusedVersion === version && row.refusedReason) return { ...base, adoption: 'refused', refused: { reason: row.refusedReason, detail: row.refusedDetail ?? '' } };
  return { ...base, adoption: 'waiting', refused: null };
}

/** The terminals in the region `prefix` names (accounts/may.ts), with what each last said of its catalog. */
async function terminalCatalogs(db: Queryable, prefix: string): Promise<TerminalCatalogRow[]> {
  const { rows } = await db.query<TerminalCatalogRow>(
    `SELECT t.id::text AS id, t.code, t.region_code AS "regionCode", c.installed_version AS "installedVersion",
            c.refused_version AS "refusedVersion", c.refused_reason AS "refusedReason", c.refused_detail AS "refusedDetail"
       FROM terminals t LEFT JOIN terminal_catalogs c ON c.terminal_id = t.id
      WHERE t.revoked_at IS NULL AND rpad(t.region_code, 12, '0') LIKE $1 || '%' ORDER BY t.code`,
    [prefix],
  );
  return rows;
}

/**
 * Every terminal the rollout reaches, and any other that has already installed or refused the
 * version (a canary dropped from the set still counts), with what it said last.
 */
function adoptionAmong(rollout: Rollout, scope: string, rows: readonly TerminalCatalogRow[]): RolloutReply {
  const terminals = rows
    .map((row) => ({ row, adoption: adoptionOf(rollout.version, row) }))
    .filter(({ row, adoption }) => adoption.adoption !== 'waiting' || reaches(rollout, scope, row))
    .map(({ adoption }) => adoption);
  const count = (kind: Adoption['adoption']) => terminals.filter((t) => t.adoption === kind).length;
  return { rollout, counts: { installed: count('installed'), refused: count('refused'), waiting: count('waiting') }, terminals };
}

/** One version's adoption among the terminals within `prefix` (accounts/may.ts). */
export async function adoptionOfRollout(db: Queryable, rollout: Rollout, prefix: string): Promise<RolloutReply> {
  return adoptionAmong(rollout, await bundleScope(db, rollout.version), await terminalCatalogs(db, prefix));
}

/** The newest versions, each with its scope, when it was published and its counts within `prefix`; the terminals read once for all. */
export async function rolloutSummaries(db: Queryable, prefix: string): Promise<RolloutListReply> {
  const { rows } = await db.query<RolloutRow & { scope: string; publishedAt: Date }>(
    `SELECT ${rolloutColumns}, b.scope, b.published_at AS "publishedAt"
       FROM catalog_rollouts JOIN catalog_bundles b USING (version) ORDER BY version DESC LIMIT ${listedVersions}`,
  );
  const terminals = await terminalCatalogs(db, prefix);
  return {
    rollouts: rows.map(({ scope, publishedAt, ...rollout }) => ({
      rollout,
      scope,
      publishedAt: new Date(publishedAt).toISOString(),
      counts: adoptionAmong(rollout, scope, terminals).counts,
    })),
  };
}
