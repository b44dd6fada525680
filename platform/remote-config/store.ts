import { fullRegionCode, regionAndAbove } from '../../standards/region-code.js';
import type { Queryable } from '../db/database.js';
import { remoteSettingsSchema, type RemoteConfig, type RemoteSettings } from '../protocol/index.js';
import type { Terminal } from '../terminals/lookup.js';

export type ConfigScope = { scope: 'region'; key: string } | { scope: 'terminal'; key: string };

interface ScopeRow {
  scope: 'region' | 'terminal';
  scopeKey: string;
  settings: unknown;
  version: string | number;
  updatedBy: string;
  updatedAt: Date;
}

export interface StoredScope {
  settings: RemoteSettings;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** A region's key is its 12-digit code, so 420100 and 420100000000 are one region. */
export const regionScope = (code: string): ConfigScope => ({ scope: 'region', key: fullRegionCode(code) });

/** Replaces what one scope sets; the change takes the next version of the one sequence. */
export async function saveScope(db: Queryable, where: ConfigScope, settings: RemoteSettings, by: string): Promise<number> {
  const { rows } = await db.query<{ version: string }>(
    `INSERT INTO remote_config (scope, scope_key, settings, version, updated_by)
     VALUES ($1, $2, $3::jsonb, nextval('remote_config_version'), $4)
     ON CONFLICT (scope, scope_key) DO UPDATE SET settings = excluded.settings, version = excluded.version,
       updated_by = excluded.updated_by, updated_at = now()
     RETURNING version`,
    [where.scope, where.key, JSON.stringify(settings), by],
  );
  return Number(rows[0]?.version ?? 0);
}

export async function readScope(db: Queryable, where: ConfigScope): Promise<StoredScope> {
  const { rows } = await db.query<ScopeRow>(
    'SELECT settings, version, updated_by AS "updatedBy", updated_at AS "updatedAt" FROM remote_config WHERE scope = $1 AND scope_key = $2',
    [where.scope, where.key],
  );
  const row = rows[0];
  if (!row) return { settings: {}, version: 0, updatedBy: null, updatedAt: null };
  return { settings: remoteSettingsSchema.parse(row.settings), version: Number(row.version), updatedBy: row.updatedBy, updatedAt: new Date(row.updatedAt).toISOString() };
}

/** The rows that set something for the terminal ($1, its id) in its regions ($2, regionAndAbove). */
export const terminalScopesQuery = `SELECT scope, scope_key AS "scopeKey", settings, version FROM remote_config
  WHERE (scope = 'region' AND scope_key = ANY($2::text[])) OR (scope = 'terminal' AND scope_key = $1::text)`;

/**
 * What is in force for a terminal, from the rows of terminalScopesQuery: its regions' settings
 * from the province down (`regions`, as regionAndAbove lists them), then its own on top. The
 * version is the highest among them, so any change that reaches it raises it.
 */
export function mergeScopes(rows: readonly Pick<ScopeRow, 'scope' | 'scopeKey' | 'settings' | 'version'>[], regions: readonly string[]): RemoteConfig {
  const rank = (row: Pick<ScopeRow, 'scope' | 'scopeKey'>) => (row.scope === 'terminal' ? regions.length : regions.indexOf(row.scopeKey));
  const ordered = [...rows].sort((a, b) => rank(a) - rank(b));
  const settings = ordered.reduce<RemoteSettings>((merged, row) => ({ ...merged, ...remoteSettingsSchema.parse(row.settings) }), {});
  return { version: Math.max(0, ...ordered.map((row) => Number(row.version))), settings };
}

/** What is in force for a terminal now, as its heartbeat reply and its config page show it. */
export async function effectiveConfig(db: Queryable, terminal: Pick<Terminal, 'id' | 'regionCode'>): Promise<RemoteConfig> {
  const regions = regionAndAbove(terminal.regionCode);
  const { rows } = await db.query<ScopeRow>(terminalScopesQuery, [terminal.id, regions]);
  return mergeScopes(rows, regions);
}

/**
 * The version each of these terminals is sent now (as effectiveConfig counts it), for a whole
 * list: the scopes read once, not a query per terminal.
 */
export async function currentVersions(db: Queryable, terminals: readonly Pick<Terminal, 'id' | 'regionCode'>[]): Promise<Map<string, number>> {
  const { rows } = await db.query<{ scope: ConfigScope['scope']; key: string; version: string }>(
    `SELECT scope, scope_key AS key, version FROM remote_config WHERE scope = 'region' OR (scope = 'terminal' AND scope_key = ANY($1::text[]))`,
    [terminals.map((t) => t.id)],
  );
  const versionOf = new Map(rows.map((row) => [`${row.scope}:${row.key}`, Number(row.version)]));
  const keys = (t: Pick<Terminal, 'id' | 'regionCode'>) => [...regionAndAbove(t.regionCode).map((code) => `region:${code}`), `terminal:${t.id}`];
  return new Map(terminals.map((t) => [t.id, Math.max(0, ...keys(t).map((key) => versionOf.get(key) ?? 0))]));
}
