import type { ServiceHours } from '../api/lifecycle.js';
import type { KioskStatus, ScreenSettings } from '../api/values.js';
import type { AppCodes } from './app-code/app-codes.js';
import type { Handlers } from './dispatch.js';
import type { TerminalLifecycle } from './lifecycle/terminal-lifecycle.js';
import type { Session } from './session/session.js';
import type { SyncWorker } from './sync/sync-worker.js';
import type { TerminalIdentity } from './uplink/terminal-identity.js';

/** What the screen's status line is made of: the terminal, its service state, the sync, the sign-in ways, the citizen's presence. */
export interface StatusServices {
  demo: boolean;
  lifecycle: Pick<TerminalLifecycle, 'state'>;
  /** The hall's hours, for the out-of-hours screen; undefined: open round the clock. */
  serviceHours: ServiceHours | undefined;
  terminal: Pick<TerminalIdentity, 'terminalName' | 'hallName'>;
  idleSeconds: number;
  sync: Pick<SyncWorker, 'status'>;
  appCodes: Pick<AppCodes, 'canCheck'>;
  /** Whether a citizen is at the screen: an app update waits until nobody is. */
  session: Pick<Session, 'isOpen'>;
  /** The screen's part of the remote config. */
  screen: ScreenSettings;
  helpComing: KioskStatus['helpComing'];
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
    service: services.lifecycle.state(),
    serviceHours: services.serviceHours ?? null,
    idleSeconds: services.idleSeconds,
    appCodeSignIn: services.appCodes.canCheck,
    citizenPresent: services.session.isOpen(),
    screen: services.screen,
    helpComing: services.helpComing,
  };
}

/** The terminal's status, asked when the screen starts; later changes are pushed (openKiosk's onStatus). */
export function statusHandlers(services: StatusServices): Pick<Handlers, 'kiosk.status'> {
  return { 'kiosk.status': async () => kioskStatus(services) };
}
