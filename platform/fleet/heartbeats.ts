import type { FastifyInstance } from 'fastify';
import { watchHeartbeat } from '../alerts/watch.js';
import { PopularItems } from '../cases/popular.js';
import { versionFor } from '../catalog/rollout-store.js';
import { recordTerminalCatalog } from '../catalog/store.js';
import type { Database } from '../db/database.js';
import { heartbeatExtras } from './heartbeat-extras.js';
import { parseBody } from '../http/body.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import { heartbeatSchema, type Heartbeat, type HeartbeatReply } from '../protocol/index.js';
import type { Terminal } from '../terminals/lookup.js';

export interface FleetConfig {
  heartbeatIntervalSeconds: number;
  retentionDays: number;
}

export const defaultFleetConfig: FleetConfig = { heartbeatIntervalSeconds: 60, retentionDays: 30 };

async function recordHeartbeat(db: Database, terminal: Terminal, beat: Heartbeat): Promise<void> {
  await db.query(
    `INSERT INTO terminal_status (terminal_id, received_at, sent_at, versions, health, outbox_depth,
                                  oldest_waiting_at, last_success_at, dead_letters, stuck, config_version)
     VALUES ($1, now(), $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (terminal_id) DO UPDATE SET received_at = excluded.received_at, sent_at = excluded.sent_at,
       versions = excluded.versions, health = excluded.health, outbox_depth = excluded.outbox_depth,
       oldest_waiting_at = excluded.oldest_waiting_at, last_success_at = excluded.last_success_at,
       dead_letters = excluded.dead_letters, stuck = excluded.stuck, config_version = excluded.config_version`,
    [
      terminal.id,
      beat.sentAt,
      JSON.stringify(beat.versions),
      JSON.stringify(beat.health),
      beat.outbox.depth,
      beat.outbox.oldestWaitingAt,
      beat.outbox.lastSuccessAt,
      beat.outbox.deadLetters,
      beat.outbox.stuck ?? null,
      beat.configVersion ?? null,
    ],
  );
}

/**
 * POST /v1/heartbeats: the latest state of each terminal, answered with the platform's time, its
 * config (the fleet's, under what its regions and it set remotely), the catalog version meant for
 * it, the commands waiting for it, who is coming to its help call and its region's 热门事项.
 */
export function heartbeatRoutes(app: FastifyInstance, db: Database, config: FleetConfig): void {
  const popular = new PopularItems(db);
  app.post('/v1/heartbeats', async (request): Promise<HeartbeatReply> => {
    const terminal = await authenticateTerminal(db, request);
    const beat = parseBody(heartbeatSchema, request);
    await recordHeartbeat(db, terminal, beat);
    if (beat.catalog) await recordTerminalCatalog(db, terminal.id, beat.catalog);
    await watchHeartbeat(db, terminal, beat);
    const { remoteCommands, remoteConfig, helpComing } = await heartbeatExtras(db, terminal);
    const heartbeatIntervalSeconds = remoteConfig.settings.heartbeatIntervalSeconds ?? config.heartbeatIntervalSeconds;
    return {
      platformTime: new Date().toISOString(),
      config: { ...config, heartbeatIntervalSeconds },
      commands: [],
      catalogVersion: await versionFor(db, terminal),
      remoteCommands,
      remoteConfig,
      helpComing,
      popularItems: await popular.codesFor(terminal.regionCode),
    };
  });
}
