import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { cardReadFreshMs, type CardRead, type Certificate } from '../protocol/certificates.js';

/**
 * The lookup key of a person. A hash keeps the number out of the key and the read log; an ID
 * number has too few possible values for a hash to hide it from someone who tries them all, so
 * this is pseudonymisation, and the tables are guarded like the case table.
 */
export function holderHash(idNumber: string): Buffer {
  return createHash('sha256').update(`tongban-holder:${idNumber}`).digest();
}

const isoUtc = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** Records the read (idempotent by id, for this terminal only); undefined when the id is another terminal's. */
export async function recordCardRead(db: Queryable, terminalId: string, read: CardRead): Promise<{ readId: string; expiresAt: string } | undefined> {
  await db.query(
    `INSERT INTO card_reads (id, terminal_id, holder_hash, read_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`,
    [read.id, terminalId, holderHash(read.idNumber), read.readAt],
  );
  const { rows } = await db.query<{ expires_at: string }>(
    `SELECT to_char((received_at + $3 * interval '1 millisecond') AT TIME ZONE 'UTC', ${isoUtc}) AS expires_at
       FROM card_reads WHERE id = $1 AND terminal_id = $2`,
    [read.id, terminalId, cardReadFreshMs],
  );
  const [row] = rows;
  return row && { readId: read.id, expiresAt: row.expires_at };
}

interface CertificateRow {
  kind: string;
  name: string;
  number: string;
  issuer: string;
  issued_on: string;
  valid_until: string | null;
  fields: Record<string, string>;
}

/**
 * The certificates of the person of a fresh read by this terminal; undefined when there is no such
 * read: another terminal's, too old, or never made. The database's clock decides "fresh", so
 * several platform instances agree.
 */
export async function certificatesForRead(db: Queryable, terminalId: string, readId: string): Promise<Certificate[] | undefined> {
  const { rows: reads } = await db.query<{ holder_hash: Uint8Array }>(
    `SELECT holder_hash FROM card_reads
      WHERE id = $1 AND terminal_id = $2 AND received_at > now() - $3 * interval '1 millisecond'`,
    [readId, terminalId, cardReadFreshMs],
  );
  const [read] = reads;
  if (!read) return undefined;
  const { rows } = await db.query<CertificateRow>(
    `SELECT kind, name, number, issuer, to_char(issued_on, 'YYYY-MM-DD') AS issued_on,
            to_char(valid_until, 'YYYY-MM-DD') AS valid_until, fields
       FROM e_certificates WHERE holder_hash = $1 ORDER BY kind, number`,
    [read.holder_hash],
  );
  return rows.map((row) => ({
    kind: row.kind,
    name: row.name,
    number: row.number,
    issuer: row.issuer,
    issuedOn: row.issued_on,
    validUntil: row.valid_until,
    fields: row.fields,
  }));
}

export interface SeedCertificate extends Certificate {
  holderIdNumber: string;
}

/** For the demo and tests: certificates as an issuing department would have pushed them. */
export async function seedCertificates(db: Queryable, certificates: readonly SeedCertificate[]): Promise<void> {
  for (const c of certificates) {
    await db.query(
      `INSERT INTO e_certificates (holder_hash, kind, name, number, issuer, issued_on, valid_until, fields)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
       ON CONFLICT (holder_hash, kind, number) DO UPDATE SET name = excluded.name, issuer = excluded.issuer,
         issued_on = excluded.issued_on, valid_until = excluded.valid_until, fields = excluded.fields`,
      [holderHash(c.holderIdNumber), c.kind, c.name, c.number, c.issuer, c.issuedOn, c.validUntil, JSON.stringify(c.fields)],
    );
  }
}
