import { existsSync } from 'node:fs';
import { deviceRoles, type DeviceRole, type DeviceSettings, type FoundPort, type RoleSetting } from '../../api/device-settings.js';
import { refusal } from '../../api/kiosk-error.js';
import type { DeviceListing } from '../../../drivers/transport/device-listing.js';
import { ConfigRefusal } from '../config/config-keys.js';
import { coreConfigSchema, type CoreConfig } from '../config/core-config.js';
import { withDevicesAssigned } from '../config/device-assignment.js';
import { isEnrolledFolder, readWrittenConfig, writeEnrolledConfig } from '../config/enrolled-config.js';
import type { Handlers } from '../dispatch.js';

export interface DeviceSettingsServices {
  dataDir: string;
  demo: boolean;
  /** The devices this core opened, shown where config.json cannot be changed (the demo). */
  running: CoreConfig['devices'];
  listDevices(): Promise<DeviceListing>;
  /** Asks the host to start the core again, once this reply is on its way: it opens the devices anew. */
  requestRestart(): void;
  log(line: string): void;
}

const demoDevices = refusal(
  'CONFIG_REFUSED',
  { zh: '演示终端的设备随演示程序启动，不能在此更改', en: "The demo's devices come with the demo; they cannot be changed here" },
  { zh: '先在“注册”页注册本终端，再回到这里为设备分配用途', en: 'Enroll the terminal on the Enroll tab first, then give the devices their roles here' },
);

function roleSetting(role: DeviceRole, devices: CoreConfig['devices']): RoleSetting {
  const target = devices[role];
  const path = target.kind === 'serial' || target.kind === 'hid' ? target.path : null;
  return { role, kind: target.kind, path, baudRate: target.kind === 'serial' ? target.baudRate : null };
}

/** The ports found, then any port a role is configured on that is not among them (a pty, an unplugged adapter). */
function portsOf(listing: DeviceListing, roles: RoleSetting[]): FoundPort[] {
  const found: FoundPort[] = [
    ...listing.serial.map((port) => ({ kind: 'serial' as const, path: port.byId ?? port.path, label: [port.manufacturer, port.product].filter(Boolean).join(' '), present: true })),
    ...listing.hid.flatMap((device) =>
      device.path === undefined ? [] : [{ kind: 'hid' as const, path: device.path, label: [device.manufacturer, device.product].filter(Boolean).join(' ') || `${device.vendorId}:${device.productId}`, present: true }],
    ),
  ];
  for (const { kind, path } of roles) {
    if (path === null || (kind !== 'serial' && kind !== 'hid') || found.some((port) => port.path === path)) continue;
    found.push({ kind, path, label: '', present: existsSync(path) });
  }
  return found;
}

/**
 * Technician mode's device roles: which port each device is on and at what baud, written to the
 * enrolled terminal's config.json with `tongban config set`'s checks and words; the core then
 * starts again, and its supervisor opens the devices as config.json now says (configForStart).
 */
export function deviceSettingsHandlers(services: DeviceSettingsServices): Pick<Handlers, 'technician.deviceSettings' | 'technician.assignDevices'> {
  const editable = () => !services.demo && isEnrolledFolder(services.dataDir);
  return {
    'technician.deviceSettings': async (): Promise<DeviceSettings> => {
      const written = editable() ? readWrittenConfig(services.dataDir) : undefined;
      const devices = written === undefined ? services.running : coreConfigSchema.parse(written).devices;
      const roles = deviceRoles.map((role) => roleSetting(role, devices));
      const opened = deviceRoles.map((role) => roleSetting(role, services.running));
      const pending = JSON.stringify(roles) !== JSON.stringify(opened);
      return { editable: editable(), pending, roles, ports: portsOf(await services.listDevices(), roles) };
    },
    'technician.assignDevices': async ({ assignments }) => {
      const written = editable() ? readWrittenConfig(services.dataDir) : undefined;
      if (written === undefined) throw demoDevices;
      try {
        writeEnrolledConfig(services.dataDir, withDevicesAssigned(written, assignments));
      } catch (error) {
        if (!(error instanceof ConfigRefusal)) throw error;
        throw refusal('CONFIG_REFUSED', error.words, { zh: '请改选后再保存', en: 'Choose again, then save' });
      }
      services.log(`technician mode: devices assigned (${assignments.map(({ role, path, baudRate }) => `${role} ${path}${baudRate === null ? '' : ` @ ${baudRate}`}`).join(', ')}); the core starts again to open them`);
      services.requestRestart();
      return { restarting: true };
    },
  };
}
