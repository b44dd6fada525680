import { createHash, randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { maskName } from '../../standards/masking.js';
import { holderHash } from '../certificates/store.js';
import type { Queryable } from '../db/database.js';
import { beijingDay } from '../db/beijing-day.js';
import { cardReadFreshMs } from '../protocol/certificates.js';
import type { DocumentContent, DocumentKind, VerifyReply } from '../protocol/documents.js';

const hashOf = (code: string): Buffer => createHash('sha256').update(code).digest();

/**
 * True when this terminal reported a read of this person's card within the last two minutes by
 * the database's clock: a document is printed only for the person at the reader now.
 */
export async function freshReadOf(db: Queryable, terminalId: string, readId: string, idNumber: string): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM card_reads
      WHERE id = $1 AND terminal_id = $2 AND holder_hash = $3 AND received_at > now() - $4 * interval '1 millisecond'`,
    [readId, terminalId, holderHash(idNumber), cardReadFreshMs],
  );
  return rows.length > 0;
}

export interface Issued {
  code: string;
  issuedAt: string;
}

/** Records a printed document under a new code (144 random bits); only the code's hash is kept. */
export async function issueDocument(
  db: Queryable,
  terminalId: string,
  holder: { idNumber: string; name: string },
  kind: DocumentKind,
  content: DocumentContent,
): Promise<Issued> {
  const code = randomBytes(18).toString('base64url');
  const { rows } = await db.query<{ issued_at: Date | string }>(
    `INSERT INTO issued_documents (id, code_hash, terminal_id, kind, title, issuer, holder_hash, masked_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING issued_at`,
    [uuidv7(), hashOf(code), terminalId, kind, content.title, content.issuer, holderHash(holder.idNumber), maskName(holder.name)],
  );
  const issuedAt = rows[0]?.issued_at;
  return { code, issuedAt: new Date(issuedAt ?? Date.now()).toISOString() };
}

/** What a genuine code's paper says, safe to show anyone; undefined for a code never issued. */
export async function verifyDocument(db: Queryable, code: string): Promise<VerifyReply | undefined> {
  const { rows } = await db.query<{ kind: DocumentKind; title: string; issuer: string; masked_name: string; issued_on: string }>(
    `SELECT kind, title, issuer, masked_name, ${beijingDay('issued_at')} AS issued_on FROM issued_documents WHERE code_hash = $1`,
    [hashOf(code)],
  );
  const [row] = rows;
  return row && { genuine: true, kind: row.kind, title: row.title, issuedOn: row.issued_on, maskedName: row.masked_name, issuer: row.issuer };
}
