import type { TechnicianState } from '../../api/technician.js';
import type { Handlers } from '../dispatch.js';
import type { TerminalLifecycle } from '../lifecycle/terminal-lifecycle.js';
import type { TerminalIdentity } from '../uplink/terminal-identity.js';
import type { TechnicianAccess } from './technician-access.js';
import type { TechnicianSession } from './technician-session.js';

/** What technician mode works with; no store of citizens' data is among it. */
export interface TechnicianServices {
  access: TechnicianAccess;
  session: TechnicianSession;
  lifecycle: TerminalLifecycle;
  terminal: Pick<TerminalIdentity, 'terminalCode' | 'terminalName' | 'hallName' | 'regionCode'>;
  demo: boolean;
  /** Whether technician mode may enroll this terminal from its screen (an unenrolled one, running the demo). */
  enrollable(): boolean;
  /** Asks the host to start the core again, once this reply is on its way. */
  requestRestart(): void;
}

type TechnicianRequest = 'technician.unlock' | 'technician.lock' | 'technician.state' | 'technician.maintenance' | 'technician.restart';

function stateOf(services: TechnicianServices): TechnicianState {
  const { terminalCode, terminalName, hallName, regionCode } = services.terminal;
  return {
    service: services.lifecycle.state(),
    maintenance: services.lifecycle.maintenance(),
    demo: services.demo,
    enrollable: services.enrollable(),
    terminal: { terminalCode, terminalName, hallName, regionCode },
  };
}

/** Technician mode's requests; the gate (request-gate.ts) has already refused them without a session. */
export function technicianHandlers(services: TechnicianServices): Pick<Handlers, TechnicianRequest> {
  return {
    'technician.unlock': async ({ pin }) => {
      const reply = await services.access.unlock(pin);
      if (reply.outcome === 'unlocked') services.session.open();
      return reply;
    },
    'technician.lock': async () => {
      services.session.end();
      return { locked: true };
    },
    'technician.state': async () => stateOf(services),
    'technician.maintenance': async ({ on }) => {
      services.lifecycle.setMaintenance(on);
      return stateOf(services);
    },
    'technician.restart': async () => {
      services.requestRestart();
      return { restarting: true };
    },
  };
}
