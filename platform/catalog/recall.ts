import type { Actor } from '../accounts/gate.js';
import type { Database } from '../db/database.js';
import { queueCommand } from '../commands/store.js';
import type { RecallReply } from '../protocol/catalog-rollout.js';
import { auditCatalog } from './catalog-audit.js';
import { previousVersion } from './rollback.js';
import { setRolloutState } from './rollout-store.js';

/** The longest a command may wait (protocol/commands.ts): a terminal offline for a week still goes back. */
const recallMinutes = 7 * 24 * 60;

/**
 * The rollback an admin does from the console, with no signing key at hand. A terminal keeps the
 * catalog it ran before the current one (verified when it was installed), and catalog.rollback makes
 * that current again; so the version is withdrawn (offered to no terminal) and every terminal that
 * says it runs it is sent the command. Nothing new is signed, so nothing new is trusted.
 */
export async function recall(db: Database, version: number, actor: Actor): Promise<RecallReply> {
  const restores = (await previousVersion(db, version)).version;
  return db.transaction(async (tx) => {
    // The row lock makes a second recall at the same moment wait, then find the version already withdrawn.
    await tx.query('SELECT version FROM catalog_rollouts WHERE version = $1 FOR UPDATE', [version]);
    const rollout = await setRolloutState(tx, version, 'rolled_back');
    const { rows: running } = await tx.query<{ id: string; code: string }>(
      `SELECT t.id::text AS id, t.code FROM terminals t JOIN terminal_catalogs c ON c.terminal_id = t.id
        WHERE t.revoked_at IS NULL AND c.installed_version = $1 ORDER BY t.code`,
      [version],
    );
    for (const terminal of running) await queueCommand(tx, terminal.id, 'catalog.rollback', actor.account.name, recallMinutes);
    await auditCatalog(tx, actor, 'catalog.rolled_back', rollout, { restores, terminalsSentRollback: running.length });
    return { rollout, restores, terminals: running.map((terminal) => terminal.code) };
  });
}
