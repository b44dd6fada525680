import type { Database, Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import { splitBundle, type SplitBundle } from '../protocol/catalog.js';
import type { RollbackReply } from '../protocol/catalog-rollout.js';
import { findRollout, refuseRolledBack, startRollout } from './rollout-store.js';
import { saveBundle } from './store.js';

/** The version the fleet ran before `version`: the newest below it that was not itself rolled back. */
export async function previousVersion(db: Queryable, version: number): Promise<{ version: number; sha256: string }> {
  const { rows } = await db.query<{ version: number; bytes: Uint8Array }>(
    `SELECT b.version, b.bytes FROM catalog_bundles b JOIN catalog_rollouts r USING (version)
      WHERE b.version < $1 AND r.state <> 'rolled_back' ORDER BY b.version DESC LIMIT 1`,
    [version],
  );
  const row = rows[0];
  if (!row) throw new HttpError(409, 'nothing_to_roll_back_to', `版本 ${version} 之前没有可回退的版本 / no version before ${version} to roll back to`);
  return { version: row.version, sha256: splitBundle(Buffer.from(row.bytes)).manifest.payload.sha256 };
}

/**
 * A terminal never takes a version at or below the highest it ever applied, so the fleet goes
 * back by going forward: `replacement` is the previous version's content signed again under a
 * higher version (checked here by payload hash). It is offered to exactly the terminals the
 * abandoned version reached, and the abandoned version to none.
 */
export async function rollBack(db: Database, version: number, replacement: SplitBundle, bytes: Buffer): Promise<RollbackReply> {
  const abandoned = await findRollout(db, version);
  refuseRolledBack(abandoned);
  const previous = await previousVersion(db, version);
  if (replacement.manifest.payload.sha256 !== previous.sha256) {
    throw new HttpError(422, 'not_previous_content', `回退包的内容不是版本 ${previous.version} 的内容 / the rollback bundle's payload is not version ${previous.version}'s; sign that version's catalog again under a higher version`);
  }
  return db.transaction(async (tx) => {
    await saveBundle(tx, replacement.manifest, bytes);
    const reach = { stage: abandoned.stage, terminalIds: abandoned.terminals, regionCode: abandoned.regionCode };
    const rollout = await startRollout(tx, replacement.manifest.version, reach, version);
    await tx.query("UPDATE catalog_rollouts SET state = 'rolled_back', updated_at = now() WHERE version = $1", [version]);
    return { rolledBack: version, version: replacement.manifest.version, restores: previous.version, rollout };
  });
}
