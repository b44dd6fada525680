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

const selectTerminal = `SELECT id, code, name, hall_name AS "hallName", region_code AS "regionCode",
                               public_key AS "publicKey", revoked_at AS "revokedAt" FROM terminals WHERE`;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findTerminal(db: Queryable, id: string): Promise<Terminal | undefined> {
  // Not a uuid: PostgreSQL would fail the cast, and such an id is unknown anyway.
  if (!uuid.test(id)) return undefined;
  const { rows } = await db.query<Terminal>(
    `${selectTerminal} id = $1`,
    [id],
  );
  return rows[0];
}

const terminalCode = /^[A-Z0-9]{6}$/;

/** By its id (a uuid) or by the six-character code a technician reads off the screen or a receipt. */
export async function findTerminalByIdOrCode(db: Queryable, key: string): Promise<Terminal | undefined> {
  if (uuid.test(key)) return findTerminal(db, key);
  if (!terminalCode.test(key.toUpperCase())) return undefined;
  const { rows } = await db.query<Terminal>(
    `${selectTerminal} code = $1`,
    [key.toUpperCase()],
  );
  return rows[0];
}
