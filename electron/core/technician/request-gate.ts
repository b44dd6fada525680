import { refusal } from '../../api/kiosk-error.js';
import type { RequestName } from '../../api/contract.js';
import { diskFullRefusal, notInService } from '../lifecycle/service-state.js';
import type { TechnicianSession } from './technician-session.js';

const technicianLocked = refusal(
  'TECHNICIAN_LOCKED',
  { zh: '技术人员模式未解锁', en: 'Technician mode is locked' },
  { zh: '请在技术人员模式中输入 PIN 后重试', en: 'Enter the PIN in technician mode, then try again' },
);

/** Requests that begin a citizen's session: a technician still unlocked is locked at once. */
const citizenStarts: ReadonlySet<RequestName> = new Set(['identity.read', 'identity.typed', 'identity.appCode']);

/**
 * Asked whatever the terminal's state: the screen must learn the state, and end a session; a wedge
 * scan is only classified, and technician mode's scanner test needs it in maintenance too.
 */
const alwaysAnswered: ReadonlySet<RequestName> = new Set(['kiosk.status', 'session.end', 'scan.wedge']);

export interface GateFacts {
  session: TechnicianSession;
  /** Whether the lifecycle's state takes citizens now (demo, inService). */
  takesCitizens(): boolean;
  /** Whether a new case may be begun now (not on a full disk). */
  takesNewCases(): boolean;
}

/** Requests that begin or file an application: refused on a full disk, where queries are not. */
const newCaseRequests: ReadonlySet<RequestName> = new Set(['form.get', 'form.check', 'materials.get', 'case.submit']);

/**
 * The core's admission of each request, before its handler runs (dispatch.ts, gated): technician
 * requests only in an unlocked session (unlock itself aside), citizen requests only while the
 * terminal is in service, each refused with one error the screen can show.
 */
export function admit(name: RequestName, facts: GateFacts): void {
  if (name === 'technician.unlock') return;
  if (name.startsWith('technician.')) {
    if (!facts.session.use()) throw technicianLocked;
    return;
  }
  if (alwaysAnswered.has(name)) return;
  if (citizenStarts.has(name)) facts.session.end();
  if (!facts.takesCitizens()) throw notInService;
  if (newCaseRequests.has(name) && !facts.takesNewCases()) throw diskFullRefusal;
}
