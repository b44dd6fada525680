import { deliverWaitingCommands, remoteCommandOf } from '../commands/store.js';
import type { Queryable } from '../db/database.js';
import type { CommandKind, HeartbeatReply } from '../protocol/index.js';
import { mergeScopes, terminalScopesQuery } from '../remote-config/store.js';
import type { Terminal } from '../terminals/lookup.js';
import { regionAndAbove } from '../../standards/region-code.js';
import { helpComingOf, helpComingQuery } from './help-coming.js';

interface ExtrasRow {
  commands: { id: string; kind: CommandKind; expiresAt: string }[];
  scopes: { scope: 'region' | 'terminal'; scopeKey: string; settings: unknown; version: number }[];
  help: { callId: string; by: string; at: string } | null;
}

/**
 * The three reads of a heartbeat reply that each concept owns (its waiting commands, its remote
 * config, who answers its help call) as one statement: at 3,000 terminals a minute the platform's
 * cost is round trips, not rows. Each part is a CTE built from its owner's query.
 */
const extrasStatement = `WITH commands AS (${deliverWaitingCommands}),
  scopes AS (${terminalScopesQuery}),
  help AS (${helpComingQuery})
SELECT (SELECT coalesce(json_agg(commands), '[]') FROM commands) AS commands,
       (SELECT coalesce(json_agg(scopes), '[]') FROM scopes) AS scopes,
       (SELECT row_to_json(help) FROM help) AS help`;

export type HeartbeatExtras = Required<Pick<HeartbeatReply, 'remoteCommands' | 'remoteConfig'>> & Pick<HeartbeatReply, 'helpComing'>;

export async function heartbeatExtras(db: Queryable, terminal: Pick<Terminal, 'id' | 'regionCode'>): Promise<HeartbeatExtras> {
  const regions = regionAndAbove(terminal.regionCode);
  const { rows } = await db.query<ExtrasRow>(extrasStatement, [terminal.id, regions]);
  const row = rows[0] ?? { commands: [], scopes: [], help: null };
  return { remoteCommands: row.commands.map(remoteCommandOf), remoteConfig: mergeScopes(row.scopes, regions), helpComing: helpComingOf(row.help) };
}
