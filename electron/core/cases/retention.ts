import type { Database } from 'better-sqlite3';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Empties the personal data (applicant, answers) of cases the platform acknowledged more than
 * `days` days before `now`: the platform holds them, and a terminal in a public lobby should keep
 * no more than it needs. The case number and status stay, so a citizen's query still finds it.
 * Returns how many cases were purged.
 */
export function purgeAcknowledged(db: Database, days: number, now: Date): number {
  const cutoff = new Date(now.getTime() - days * dayMs).toISOString();
  const purged = db
    .prepare(
      `UPDATE cases SET applicant_name = X'', applicant_id_number = X'', answers = X'', purged_at = ?
        WHERE purged_at IS NULL AND received_at IS NOT NULL AND received_at <= ?`,
    )
    .run(now.toISOString(), cutoff).changes;
  purgeMaterialImages(db);
  // A filled form kept for a reprint carries the same answers: it goes with them.
  db.prepare("UPDATE a4_jobs SET pdf = X'' WHERE length(pdf) > 0 AND case_id IN (SELECT id FROM cases WHERE purged_at IS NOT NULL)").run();
  // A 证明 printed on the spot is printed again only while its holder stands at the terminal: a day on, it goes.
  db.prepare("UPDATE a4_jobs SET pdf = X'', holder = NULL WHERE kind = 'result' AND length(pdf) > 0 AND created_at <= ?").run(new Date(now.getTime() - dayMs).toISOString());
  return purged;
}

/** Document images of purged cases go too, chunk by chunk, once the platform holds the chunk. */
function purgeMaterialImages(db: Database): void {
  db.prepare(
    `UPDATE material_chunks SET bytes = X''
      WHERE length(bytes) > 0
        AND id IN (SELECT chunk_id FROM outbox WHERE chunk_id IS NOT NULL AND delivered_at IS NOT NULL)
        AND material_id IN (SELECT m.id FROM materials m JOIN cases c ON c.id = m.case_id WHERE c.purged_at IS NOT NULL)`,
  ).run();
}
