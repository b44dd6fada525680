// A kiosk store enrolled at a test platform, as `tongban enroll` leaves it.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../electron/core/store/open-store.js';
import { Vault } from '../../../electron/core/store/vault.js';
import { PlatformClient } from '../../../electron/core/uplink/platform-client.js';
import { saveTerminalIdentity } from '../../../electron/core/uplink/terminal-identity.js';
import { createEnrollmentToken } from '../../../platform/enrollment/tokens.js';
import { hall, type TestPlatform } from '../platform/harness.js';

export interface EnrolledStore {
  storePath: string;
  key: Buffer;
  terminalId: string;
}

/**
 * Enrolls a terminal at `enrollUrl` with a token made in `platform`'s database; the terminal then
 * talks to `platformUrl` (a proxy, say).
 */
export async function enrolledStore(platform: TestPlatform, platformUrl = platform.url, enrollUrl = platformUrl): Promise<EnrolledStore> {
  const storePath = join(mkdtempSync(join(tmpdir(), 'tongban-kiosk-')), 'kiosk.sqlite');
  const key = randomBytes(32);
  const db = openStore(storePath);
  try {
    const { token } = await createEnrollmentToken(platform.db, hall);
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const spki = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const reply = await new PlatformClient(enrollUrl, undefined).enroll(token, spki);
    saveTerminalIdentity(db, new Vault(key), reply, platformUrl, privateKey);
    return { storePath, key, terminalId: reply.terminalId };
  } finally {
    db.close();
  }
}
