import type { Queryable } from '../db/database.js';

export interface Terminal {
  id: string;
  code: string;
  name: string;
  hallName: string;
  regionCode: string;
  publicKey: string;
  revokedAt: Date | null;
}

/** A terminal makes its case numbers under its own code, so the prefix tells whose a case is. */
export function ownsCaseNumber(terminal: Terminal, caseNumber: string): boolean {
  return caseNumber.startsWith(terminal.code);
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findTerminal(db: Queryable, id: string): Promise<Terminal | undefined> {
  // Not a uuid: PostgreSQL would fail the cast, and such an id is unknown anyway.
  if (!uuid.test(id)) return undefined;
  const { rows } = await db.query<Terminal>(
    `SELECT id, code, name, hall_name AS "hallName", region_code AS "regionCode",
            public_key AS "publicKey", revoked_at AS "revokedAt"
       FROM terminals WHERE id = $1`,
    [id],
  );
  return rows[0];
}
