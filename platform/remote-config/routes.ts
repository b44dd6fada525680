import type { FastifyInstance } from 'fastify';
import type { Actor, AdminGate } from '../accounts/gate.js';
import { permit } from '../accounts/gate.js';
import { terminalInScope } from '../admin/terminal-in-scope.js';
import { audit } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { parseInput } from '../http/input.js';
import { putRemoteSettingsSchema, regionCodeSchema, type RemoteConfigScopeReply, type RemoteSettings } from '../protocol/index.js';
import { effectiveConfig, readScope, regionScope, saveScope, type ConfigScope } from './store.js';

function regionOf(actor: Actor, raw: unknown, action: 'terminals.read' | 'config.change'): ConfigScope {
  const code = parseInput(regionCodeSchema, raw, 'bad_region', '地区代码为 6 或 12 位数字 / a region code is 6 or 12 digits');
  permit(actor, action, code);
  return regionScope(code);
}

/** Saves one scope's settings and its audit entry together. */
async function change(db: Database, actor: Actor, where: ConfigScope, regionCode: string, settings: RemoteSettings): Promise<{ version: number }> {
  return db.transaction(async (tx) => {
    const version = await saveScope(tx, where, settings, actor.account.name);
    await audit(tx, { actor: actor.account, sourceIp: actor.sourceIp, action: 'config.changed', target: `${where.scope}:${where.key}`, regionCode, detail: { version, settings } });
    return { version };
  });
}

/**
 * Remote configuration per region and per terminal (by id or code). A read needs terminals.read
 * in that region, a change config.change; a terminal outside the actor's region is a 404.
 */
export function remoteConfigRoutes(app: FastifyInstance, db: Database, gate: AdminGate): void {
  app.get<{ Params: { code: string } }>('/v1/admin/config/regions/:code', async (request): Promise<RemoteConfigScopeReply> => {
    return readScope(db, regionOf(await gate.actor(request), request.params.code, 'terminals.read'));
  });
  app.put<{ Params: { code: string } }>('/v1/admin/config/regions/:code', async (request) => {
    const actor = await gate.actor(request);
    const where = regionOf(actor, request.params.code, 'config.change');
    return change(db, actor, where, request.params.code, parseBody(putRemoteSettingsSchema, request).settings);
  });
  app.get<{ Params: { id: string } }>('/v1/admin/config/terminals/:id', async (request): Promise<RemoteConfigScopeReply> => {
    const terminal = await terminalInScope(db, await gate.authorize(request, 'terminals.read'), 'terminals.read', request.params.id);
    const { rows } = await db.query<{ version: string | null }>('SELECT config_version AS version FROM terminal_status WHERE terminal_id = $1', [terminal.id]);
    const reported = rows[0]?.version;
    const own = await readScope(db, { scope: 'terminal', key: terminal.id });
    return { ...own, effective: await effectiveConfig(db, terminal), reportedVersion: reported === undefined || reported === null ? null : Number(reported) };
  });
  app.put<{ Params: { id: string } }>('/v1/admin/config/terminals/:id', async (request) => {
    const actor = await gate.authorize(request, 'config.change');
    const terminal = await terminalInScope(db, actor, 'config.change', request.params.id);
    return change(db, actor, { scope: 'terminal', key: terminal.id }, terminal.regionCode, parseBody(putRemoteSettingsSchema, request).settings);
  });
}
