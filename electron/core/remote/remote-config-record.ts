import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { remoteConfigSchema, type RemoteConfig } from '../../../platform/protocol/remote-config.js';

const rowSchema = z.object({ version: z.number().int(), settings: z.string() });

/** The remote config this terminal runs (migration 013's one row), read back through the wire schema. */
export class RemoteConfigRecord {
  constructor(private readonly db: Database) {}

  read(): RemoteConfig {
    const row = rowSchema.parse(this.db.prepare('SELECT version, settings FROM remote_config WHERE id = 1').get());
    const parsed = remoteConfigSchema.safeParse({ version: row.version, settings: JSON.parse(row.settings) as unknown });
    // Written by a newer version with settings this one does not know: run none rather than half.
    return parsed.success ? parsed.data : { version: 0, settings: {} };
  }

  save(config: RemoteConfig): void {
    this.db.prepare('UPDATE remote_config SET version = ?, settings = ? WHERE id = 1').run(config.version, JSON.stringify(config.settings));
  }
}
