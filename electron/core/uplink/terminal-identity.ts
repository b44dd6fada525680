import { createPrivateKey, type KeyObject } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { catalogTrustSchema, noCatalogTrust, type CatalogTrust, type EnrollReply } from '../../../platform/protocol/enroll.js';
import type { Vault } from '../store/vault.js';

export interface TerminalIdentity {
  terminalId: string;
  terminalCode: string;
  terminalName: string;
  hallName: string;
  regionCode: string;
  platformUrl: string;
  privateKey: KeyObject;
  /** Whose signatures make a catalog bundle acceptable here, as the platform said at enrollment. */
  catalogTrust: CatalogTrust;
}

interface TerminalRow {
  terminal_id: string;
  terminal_code: string;
  terminal_name: string;
  hall_name: string;
  region_code: string;
  platform_url: string;
  private_key: Buffer;
  catalog_trust: string;
}

const keyContext = 'terminal.private_key';

export function saveTerminalIdentity(db: Database, vault: Vault, reply: EnrollReply, platformUrl: string, privateKey: KeyObject): void {
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  db.prepare(
    `INSERT INTO terminal (id, terminal_id, terminal_code, terminal_name, hall_name, region_code, platform_url, private_key, enrolled_at, catalog_trust)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET terminal_id = excluded.terminal_id, terminal_code = excluded.terminal_code,
       terminal_name = excluded.terminal_name, hall_name = excluded.hall_name, region_code = excluded.region_code,
       platform_url = excluded.platform_url, private_key = excluded.private_key, enrolled_at = excluded.enrolled_at,
       catalog_trust = excluded.catalog_trust`,
  ).run(
    reply.terminalId,
    reply.terminalCode,
    reply.terminalName,
    reply.hallName,
    reply.regionCode,
    platformUrl,
    vault.seal(pem, keyContext),
    new Date().toISOString(),
    JSON.stringify(reply.catalogTrust ?? noCatalogTrust),
  );
}

/** Points the terminal at its platform's new address; its identity and keys stay. */
export function movePlatform(db: Database, platformUrl: string): void {
  db.prepare('UPDATE terminal SET platform_url = ? WHERE id = 1').run(platformUrl);
}

/** Where the enrolled platform is, read without the store key (a shell's diagnostics have none to spare). */
export function enrolledPlatformUrl(db: Database): string | undefined {
  return db.prepare<[], { url: string }>('SELECT platform_url AS url FROM terminal WHERE id = 1').get()?.url;
}

export function loadTerminalIdentity(db: Database, vault: Vault): TerminalIdentity | undefined {
  const row = db.prepare<[], TerminalRow>('SELECT * FROM terminal WHERE id = 1').get();
  if (!row) return undefined;
  return {
    terminalId: row.terminal_id,
    terminalCode: row.terminal_code,
    terminalName: row.terminal_name,
    hallName: row.hall_name,
    regionCode: row.region_code,
    platformUrl: row.platform_url,
    privateKey: createPrivateKey(vault.open(row.private_key, keyContext)),
    catalogTrust: readTrust(row.catalog_trust),
  };
}

/** A damaged column must not stop the terminal from starting: it then trusts no bundle. */
function readTrust(json: string): CatalogTrust {
  try {
    return catalogTrustSchema.parse(JSON.parse(json));
  } catch {
    return noCatalogTrust;
  }
}
