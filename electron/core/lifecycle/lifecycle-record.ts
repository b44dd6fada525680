import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { PlatformVerdict } from './service-state.js';

const rowSchema = z.object({ maintenance: z.union([z.literal(0), z.literal(1)]), platform_verdict: z.enum(['revoked', 'unknownTerminal']).nullable() });

export interface RecordedFacts {
  maintenance: boolean;
  platformVerdict: PlatformVerdict | undefined;
}

/** The lifecycle's facts that outlive a restart, in the store's one-row lifecycle table (migration 011). */
export class LifecycleRecord {
  constructor(private readonly db: Database) {}

  read(): RecordedFacts {
    const row = rowSchema.parse(this.db.prepare('SELECT maintenance, platform_verdict FROM lifecycle WHERE id = 1').get());
    return { maintenance: row.maintenance === 1, platformVerdict: row.platform_verdict ?? undefined };
  }

  setMaintenance(on: boolean): void {
    this.db.prepare('UPDATE lifecycle SET maintenance = ? WHERE id = 1').run(on ? 1 : 0);
  }

  setPlatformVerdict(verdict: PlatformVerdict | undefined): void {
    this.db.prepare('UPDATE lifecycle SET platform_verdict = ? WHERE id = 1').run(verdict ?? null);
  }
}
