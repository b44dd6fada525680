import type { KioskStatus } from '../api/values.js';
import type { AppCodes } from './app-code/app-codes.js';
import type { Handlers } from './dispatch.js';
import { serviceState, type LifecycleFacts } from './lifecycle.js';
import type { SyncWorker } from './sync/sync-worker.js';
import type { TerminalIdentity } from './uplink/terminal-identity.js';

/** What the screen's status line is made of: the terminal, its service state, the sync, the sign-in ways. */
export interface StatusServices extends LifecycleFacts {
  terminal: Pick<TerminalIdentity, 'terminalName' | 'hallName'>;
  idleSeconds: number;
  sync: Pick<SyncWorker, 'status'>;
  appCodes: Pick<AppCodes, 'canCheck'>;
}

export function kioskStatus(services: StatusServices): KioskStatus {
  const sync = services.sync.status();
  return {
    terminalName: services.terminal.terminalName,
    hallName: services.terminal.hallName,
    online: sync.online,
    waitingUploads: sync.waitingUploads,
    sync: sync.health,
    demo: services.demo,
    service: serviceState(services),
    idleSeconds: services.idleSeconds,
    appCodeSignIn: services.appCodes.canCheck,
  };
}

/** The terminal's status, asked when the screen starts; later changes are pushed (openKiosk's onStatus). */
export function statusHandlers(services: StatusServices): Pick<Handlers, 'kiosk.status'> {
  return { 'kiosk.status': async () => kioskStatus(services) };
}
