import { useEffect, useState } from 'react';
import { KioskError, type DeviceAssignment, type DeviceRole, type DeviceSettings, type FoundPort, type RoleSetting } from '../../../api.js';
import { useAction } from '../../../transport/use-action.js';
import { Both, type TechnicianWord } from '../Both.js';
import { Failure } from '../Fact.js';
import { useTechnician } from '../technician-context.js';

/** The rates lobby readers, printers and scanners ship with; `tongban config set` takes the rarer ones. */
const offeredBauds = [9600, 19200, 38400, 57600, 115200] as const;

const roleWords: Record<DeviceRole, TechnicianWord> = { idcard: 'roleIdcard', printer: 'rolePrinter', scanner: 'roleScanner' };

/** While the core starts again it answers "please wait"; asked again each second until it answers. */
const askAgainMs = 1000;

type Draft = Partial<Record<DeviceRole, DeviceAssignment>>;

function changed(draft: Draft, roles: RoleSetting[]): DeviceAssignment[] {
  return Object.values(draft).filter((choice) => {
    const now = roles.find((role) => role.role === choice.role);
    return now?.kind !== choice.kind || now.path !== choice.path || now.baudRate !== choice.baudRate;
  });
}

/**
 * 设备分工: which port each device is on and its baud, chosen by taps from the ports found, saved
 * to the terminal's configuration; the core then opens them anew (it starts again, the technician
 * staying in), and the tests below run on them.
 */
export function DeviceRoles({ settings, onApplied }: { settings: DeviceSettings; onApplied: () => void }) {
  const { call } = useTechnician();
  const [draft, setDraft] = useState<Draft>({});
  const assignments = changed(draft, settings.roles);
  const [outcome, save] = useAction(async () => {
    await call('technician.assignDevices', { assignments });
    await coreBack(async () => (await call('technician.deviceSettings', {})).pending);
  });
  useEffect(() => {
    if (outcome.state === 'done') onApplied();
  }, [outcome.state, onApplied]);
  if (!settings.editable) {
    return (
      <p className="technician-now" data-testid="device-roles-demo">
        <Both word="rolesDemo" />
      </p>
    );
  }
  return (
    <section className="device-roles" data-testid="device-roles">
      {settings.roles.map((role) => (
        <RoleChoice key={role.role} role={role} ports={settings.ports} choice={draft[role.role]} onChoose={(choice) => setDraft({ ...draft, [role.role]: choice })} />
      ))}
      <button type="button" className="technician-action" data-testid="roles-save" disabled={assignments.length === 0 || outcome.state === 'busy'} onClick={() => save()}>
        <Both word={outcome.state === 'busy' ? 'rolesApplying' : 'rolesSave'} />
      </button>
      {outcome.state === 'failed' && <Failure error={outcome.error} />}
    </section>
  );
}

function RoleChoice({ role, ports, choice, onChoose }: { role: RoleSetting; ports: FoundPort[]; choice: DeviceAssignment | undefined; onChoose: (choice: DeviceAssignment) => void }) {
  const path = choice?.path ?? role.path;
  const kind = choice?.kind ?? role.kind;
  const baudRate = choice?.baudRate ?? role.baudRate;
  const choosePort = (port: FoundPort) => onChoose({ role: role.role, kind: port.kind, path: port.path, baudRate: port.kind === 'serial' ? (baudRate ?? 9600) : null });
  return (
    <fieldset className="device-role" data-testid={`role-${role.role}`}>
      <legend>
        <Both word={roleWords[role.role]} />
      </legend>
      <p className="device-role-now" data-testid={`role-${role.role}-now`}>
        <RoleNow role={role} />
      </p>
      <div className="choice-row" role="group">
        {ports.map((port) => (
          <button key={port.path} type="button" className="choice" aria-pressed={port.path === path} data-testid={`role-${role.role}-port-${port.path}`} onClick={() => choosePort(port)}>
            <span className="choice-path">{port.path}</span>
            {port.label !== '' && <span className="choice-label">{port.label}</span>}
            {!port.present && <Both word="portAbsent" />}
          </button>
        ))}
      </div>
      {kind === 'serial' && path !== null && (
        <div className="choice-row" role="group">
          {offeredBauds.map((rate) => (
            <button
              key={rate}
              type="button"
              className="choice baud"
              aria-pressed={rate === baudRate}
              data-testid={`role-${role.role}-baud-${rate}`}
              onClick={() => onChoose({ role: role.role, kind: 'serial', path, baudRate: rate })}
            >
              {rate}
            </button>
          ))}
        </div>
      )}
    </fieldset>
  );
}

const portlessWords: Record<Exclude<RoleSetting['kind'], 'serial' | 'hid'>, TechnicianWord> = { simulated: 'roleSimulated', tcp: 'roleOnNetwork', wedge: 'roleWedge' };

function RoleNow({ role }: { role: RoleSetting }) {
  if (role.kind !== 'serial' && role.kind !== 'hid') return <Both word={portlessWords[role.kind]} />;
  return role.kind === 'hid' ? <Both word="roleOnHid" values={{ path: role.path ?? '' }} /> : <Both word="roleOnSerial" values={{ path: role.path ?? '', baud: role.baudRate ?? '' }} />;
}

/**
 * Resolves once the core that started again answers with the saved devices open: the old core
 * answers `pending` until it stops, and nothing while it restarts; a refusal for any other reason
 * is passed on.
 */
async function coreBack(pending: () => Promise<boolean>): Promise<void> {
  for (;;) {
    try {
      if (!(await pending())) return;
    } catch (error) {
      if (!(error instanceof KioskError && error.code === 'INTERNAL')) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, askAgainMs));
  }
}
