import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreConfigInput } from '../config/core-config.js';
import { writeEnrolledConfig } from '../config/enrolled-config.js';
import { keepEnrollment, type Enrollment } from './enrollment.js';
import { loadOrCreateKeyFile } from '../store/key-file.js';
import { openStore } from '../store/open-store.js';
import { Vault } from '../store/vault.js';
import type { PinHash } from '../technician/pin-hash.js';
import { TechnicianAccess } from '../technician/technician-access.js';
import type { TerminalIdentity } from '../uplink/terminal-identity.js';
import { makePrivateDir } from '../../../private-files/private-files.js';

/**
 * The one step of an enrollment that writes (`tongban enroll` and technician mode's screen both
 * come here): the identity into a new store, the PIN, then config.json. A folder it made is taken
 * away again if writing fails, so a failed enrollment leaves the terminal as it was.
 */
export function keepEnrollmentIn(dir: string, platformUrl: string, enrollment: Enrollment, config: CoreConfigInput, technicianPin: PinHash | undefined): TerminalIdentity {
  const made = makePrivateDir(dir);
  try {
    const db = openStore(join(dir, 'kiosk.sqlite'));
    try {
      const identity = keepEnrollment(db, new Vault(loadOrCreateKeyFile(join(dir, 'store.key'))), platformUrl, enrollment);
      if (technicianPin) new TechnicianAccess(db).keepPin(technicianPin);
      writeEnrolledConfig(dir, config, 'new');
      return identity;
    } finally {
      db.close();
    }
  } catch (error) {
    if (made !== undefined) rmSync(made, { recursive: true, force: true });
    throw error;
  }
}
