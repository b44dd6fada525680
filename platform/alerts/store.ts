import type { Queryable } from '../db/database.js';
import { alertSchema, type Alert } from '../protocol/index.js';

/** The channel NOTIFY carries alerts on, to every platform instance's open consoles. */
export const alertChannel = 'tongban_alerts';

interface AlertRow {
  id: string;
  kind: string;
  subject: string;
  detail: string;
  terminalId: string;
  terminalCode: string;
  terminalName: string;
  hallName: string;
  regionCode: string;
  raisedAt: Date;
  clearedAt: Date | null;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
}

const iso = (d: Date) => new Date(d).toISOString();

function alertOf(row: AlertRow): Alert {
  const { acknowledgedAt, acknowledgedBy, raisedAt, clearedAt, id, ...rest } = row;
  const acknowledged = acknowledgedAt && acknowledgedBy !== null ? { at: iso(acknowledgedAt), by: acknowledgedBy } : null;
  return alertSchema.parse({ ...rest, id: Number(id), raisedAt: iso(raisedAt), clearedAt: clearedAt && iso(clearedAt), acknowledged });
}

/** The alerts matching `where` (on alias a for alerts, t for terminals), newest first. */
export async function selectAlerts(db: Queryable, where: string, params: readonly unknown[], limit = 500): Promise<Alert[]> {
  const { rows } = await db.query<AlertRow>(
    `SELECT a.id::text AS id, a.kind, a.subject, a.detail, t.id AS "terminalId", t.code AS "terminalCode", t.name AS "terminalName",
            t.hall_name AS "hallName", t.region_code AS "regionCode", a.raised_at AS "raisedAt", a.cleared_at AS "clearedAt",
            a.acknowledged_at AS "acknowledgedAt", a.acknowledged_by AS "acknowledgedBy"
       FROM alerts a JOIN terminals t ON t.id = a.terminal_id
      WHERE ${where}
      ORDER BY a.id DESC
      LIMIT ${limit}`,
    params,
  );
  return rows.map(alertOf);
}

/** Tells every instance's open consoles about these alerts, when the transaction commits. */
export async function announce(tx: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  for (const alert of await selectAlerts(tx, 'a.id = ANY($1::bigint[])', [ids], ids.length)) {
    await tx.query('SELECT pg_notify($1, $2)', [alertChannel, JSON.stringify(alert)]);
  }
}
