import type { Queryable } from '../db/database.js';
import { auditEntrySchema, type AuditEntry, type AuditQuery } from '../protocol/index.js';

/**
 * The entries matching the query whose region lies within `scopePrefix` (see accounts/may.ts),
 * newest first.
 */
export async function auditEntries(db: Queryable, query: AuditQuery, scopePrefix: string): Promise<AuditEntry[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    // The id leaves as text (a bigint), so the order names the column, not the text it becomes.
    `SELECT id::text AS id, at, actor, role, host(source_ip) AS "sourceIp", action, target, region_code AS "regionCode", detail
       FROM audit_log
      WHERE rpad(region_code, 12, '0') LIKE $1 || '%'
        AND ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at <= $3)
        AND ($4::text IS NULL OR actor = $4) AND ($5::text IS NULL OR action = $5) AND ($6::bigint IS NULL OR id < $6)
      ORDER BY audit_log.id DESC
      LIMIT $7`,
    [scopePrefix, query.from ?? null, query.to ?? null, query.actor ?? null, query.action ?? null, query.before ?? null, query.limit],
  );
  return rows.map((row) => auditEntrySchema.parse({ ...row, id: Number(row.id), at: new Date(row.at as Date).toISOString() }));
}
