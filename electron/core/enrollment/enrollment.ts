import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { EnrollReply } from '../../../platform/protocol/enroll.js';
import type { Vault } from '../store/vault.js';
import { PlatformClient } from '../uplink/platform-client.js';
import type { PlatformLink } from '../uplink/platform-link.js';
import { loadTerminalIdentity, saveTerminalIdentity, type TerminalIdentity } from '../uplink/terminal-identity.js';

/** The platform's answer to an enrollment, with the key pair it bound; nothing is stored yet. */
export interface Enrollment {
  reply: EnrollReply;
  privateKey: KeyObject;
}

/**
 * Binds a new key pair at the platform with a one-time token. Nothing is written here, so a
 * refused token or an unreachable platform leaves the terminal as it was.
 */
export async function requestEnrollment(link: PlatformLink, token: string): Promise<Enrollment> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return { reply: await new PlatformClient(link, undefined).enroll(token, spki), privateKey };
}

/** Keeps an enrollment's identity in the store. */
export function keepEnrollment(db: Database, vault: Vault, platformUrl: string, enrollment: Enrollment): TerminalIdentity {
  saveTerminalIdentity(db, vault, enrollment.reply, platformUrl, enrollment.privateKey);
  const identity = loadTerminalIdentity(db, vault);
  if (!identity) throw new Error('enrollment was stored but cannot be read back');
  return identity;
}
