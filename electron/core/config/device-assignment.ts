import type { DeviceAssignment } from '../../api/device-settings.js';
import { coreConfigSchema } from './core-config.js';
import { ConfigRefusal, withKeySet, type JsonObject } from './config-keys.js';

/** What a role keeps when it moves onto a serial port from another kind (a wedge scanner, a network printer). */
const serialDefaults: Record<DeviceAssignment['role'], JsonObject> = {
  idcard: {},
  printer: { paper: 80, font: 'gbk' },
  scanner: { aim: false },
};

function deviceOf(config: JsonObject, role: DeviceAssignment['role']): JsonObject {
  const devices = config.devices;
  const device = typeof devices === 'object' && devices !== null && !Array.isArray(devices) ? devices[role] : undefined;
  return typeof device === 'object' && device !== null && !Array.isArray(device) ? device : {};
}

/**
 * One role given to a port: its kind set first, then its path and baud through `tongban config
 * set`'s own rules (withKeySet), so the screen refuses with the very words the command prints.
 */
function assigned(config: JsonObject, { role, kind, path, baudRate }: DeviceAssignment): JsonObject {
  const before = deviceOf(config, role);
  const { paper, font } = before;
  // A printer on another port keeps its paper and font; a reader or scanner keeps nothing of a port it left.
  const kept: JsonObject = role === 'printer' ? { ...serialDefaults.printer, ...(paper !== undefined && { paper }), ...(font !== undefined && { font }) } : serialDefaults[role];
  const moved = structuredClone(config);
  const devices = (moved.devices ??= {}) as JsonObject;
  devices[role] = kind === 'serial' ? { ...kept, ...(before.kind === 'serial' && before), kind, path: '/', baudRate: 9600 } : { kind, path: '/' };
  const withPath = withKeySet(moved, `devices.${role}.path`, path);
  if (kind === 'hid') return withPath;
  if (baudRate === null) throw new ConfigRefusal({ zh: '串口设备须选择波特率', en: 'a serial device needs a baud rate' });
  return withKeySet(withPath, `devices.${role}.baudRate`, String(baudRate));
}

/** The configuration with every assignment made, checked whole as the core will read it at its next start. */
export function withDevicesAssigned(config: JsonObject, assignments: readonly DeviceAssignment[]): JsonObject {
  const next = assignments.reduce(assigned, config);
  const whole = coreConfigSchema.safeParse(next);
  if (!whole.success) {
    const issues = whole.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigRefusal({ zh: `配置不能这样改：${issues}`, en: `the configuration would not be valid: ${issues}` });
  }
  return next;
}
