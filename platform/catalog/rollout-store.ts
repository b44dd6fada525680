import type { Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import type { Rollout, RolloutStage } from '../protocol/catalog-rollout.js';
import type { Terminal } from '../terminals/lookup.js';
import { fullRegionCode, regionAndAbove } from '../../standards/region-code.js';

export interface RolloutRow {
  version: number;
  stage: RolloutStage;
  state: Rollout['state'];
  terminals: string[];
  regionCode: string | null;
  rollbackOf: number | null;
}

export const rolloutColumns = `version, stage, state, terminal_ids::text[] AS terminals, region_code AS "regionCode", rollback_of AS "rollbackOf"`;

/** Where a version reaches, as stored: the stage, its canaries and its region. */
export interface Reach {
  stage: RolloutStage;
  terminalIds: readonly string[];
  regionCode: string | null;
}

export async function findRollout(db: Queryable, version: number): Promise<Rollout> {
  const { rows } = await db.query<RolloutRow>(`SELECT ${rolloutColumns} FROM catalog_rollouts WHERE version = $1`, [version]);
  const row = rows[0];
  if (!row) throw new HttpError(404, 'rollout_not_found', `未发布版本 ${version} / no catalog version ${version} was published`);
  return row;
}

export async function startRollout(db: Queryable, version: number, reach: Reach, rollbackOf: number | null = null): Promise<Rollout> {
  const { rows } = await db.query<RolloutRow>(
    `INSERT INTO catalog_rollouts (version, stage, terminal_ids, region_code, rollback_of) VALUES ($1, $2, $3::uuid[], $4, $5) RETURNING ${rolloutColumns}`,
    [version, reach.stage, [...reach.terminalIds], reach.regionCode && fullRegionCode(reach.regionCode), rollbackOf],
  );
  return rows[0] as RolloutRow;
}

export function refuseRolledBack(rollout: Rollout): void {
  if (rollout.state === 'rolled_back') throw new HttpError(409, 'rolled_back', `版本 ${rollout.version} 已回退，不能再推广 / version ${rollout.version} was rolled back; publish a new version instead`);
}

export async function moveRollout(db: Queryable, version: number, reach: Reach): Promise<Rollout> {
  refuseRolledBack(await findRollout(db, version));
  const { rows } = await db.query<RolloutRow>(
    `UPDATE catalog_rollouts SET stage = $2, terminal_ids = $3::uuid[], region_code = $4, updated_at = now() WHERE version = $1 RETURNING ${rolloutColumns}`,
    [version, reach.stage, [...reach.terminalIds], reach.regionCode && fullRegionCode(reach.regionCode)],
  );
  return rows[0] as RolloutRow;
}

export async function setRolloutState(db: Queryable, version: number, state: Rollout['state']): Promise<Rollout> {
  refuseRolledBack(await findRollout(db, version));
  const { rows } = await db.query<RolloutRow>(`UPDATE catalog_rollouts SET state = $2, updated_at = now() WHERE version = $1 RETURNING ${rolloutColumns}`, [version, state]);
  return rows[0] as RolloutRow;
}

/**
 * Which active rollouts reach a terminal: its region must lie in the bundle's scope ($1, the
 * terminal's region and every one above it), and the stage must take it in.
 */
const reachesTerminal = `b.scope = ANY($1) AND r.state = 'active'
  AND (r.stage = 'all' OR $2::uuid = ANY(r.terminal_ids) OR (r.stage = 'region' AND r.region_code = ANY($1)))`;

/** The version meant for this terminal now: the highest its rollouts reach; 0 when none. */
export async function versionFor(db: Queryable, terminal: Terminal): Promise<number> {
  const { rows } = await db.query<{ v: number | null }>(
    `SELECT max(b.version) AS v FROM catalog_bundles b JOIN catalog_rollouts r USING (version) WHERE ${reachesTerminal}`,
    [regionAndAbove(terminal.regionCode), terminal.id],
  );
  return rows[0]?.v ?? 0;
}

/** That version's bundle; undefined when no rollout reaches the terminal. */
export async function bundleFor(db: Queryable, terminal: Terminal): Promise<{ version: number; bytes: Buffer } | undefined> {
  const { rows } = await db.query<{ version: number; bytes: Uint8Array }>(
    `SELECT b.version, b.bytes FROM catalog_bundles b JOIN catalog_rollouts r USING (version) WHERE ${reachesTerminal} ORDER BY b.version DESC LIMIT 1`,
    [regionAndAbove(terminal.regionCode), terminal.id],
  );
  const row = rows[0];
  return row && { version: row.version, bytes: Buffer.from(row.bytes) };
}

/** Terminal ids for the ids and codes an admin named; an unknown one is refused by name. */
export async function terminalIdsOf(db: Queryable, refs: readonly string[]): Promise<string[]> {
  const upper = refs.map((ref) => ref.toUpperCase());
  const { rows } = await db.query<{ id: string; code: string }>(
    'SELECT id::text AS id, code FROM terminals WHERE id::text = ANY($1) OR code = ANY($2)',
    [refs.map((ref) => ref.toLowerCase()), upper],
  );
  const unknown = refs.filter((ref) => !rows.some((row) => row.id === ref.toLowerCase() || row.code === ref.toUpperCase()));
  if (unknown.length > 0) throw new HttpError(422, 'unknown_terminal', `没有这些终端 / no terminal with id or code ${unknown.join(', ')}`);
  return [...new Set(rows.map((row) => row.id))];
}
