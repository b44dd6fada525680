import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreConfigSchema, type CoreConfig } from '../config/core-config.js';
import { writeEnrolledConfig } from '../config/enrolled-config.js';
import { deviceSettingsHandlers } from './device-settings-handlers.js';

function enrolledFolder(): { dir: string; running: CoreConfig['devices'] } {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-device-settings-'));
  const config = {
    dataDir: dir,
    key: { kind: 'file', path: join(dir, 'store.key') },
    devices: {
      idcard: { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 115200 },
      printer: { kind: 'serial', path: '/dev/ttyUSB1', baudRate: 9600, paper: 80, font: 'gb18030' },
      scanner: { kind: 'wedge' },
    },
  } as const;
  writeEnrolledConfig(dir, config, 'new');
  return { dir, running: coreConfigSchema.parse(config).devices };
}

function handlersOn(dir: string, running: CoreConfig['devices']) {
  const restarts: number[] = [];
  const handlers = deviceSettingsHandlers({
    dataDir: dir,
    demo: false,
    running,
    listDevices: () => Promise.resolve({ serial: [], hid: [] }),
    requestRestart: () => restarts.push(1),
    log: () => undefined,
  });
  return { handlers, restarts };
}

describe("technician mode's device settings", () => {
  // The screen waits for `pending` to turn false: until then the core answering is the one about to stop.
  it('says a saved change is pending while the core that answers still runs the old devices, and not once one runs the new', async () => {
    const { dir, running } = enrolledFolder();
    const before = handlersOn(dir, running);
    expect(await before.handlers['technician.deviceSettings']({})).toMatchObject({ editable: true, pending: false });
    await before.handlers['technician.assignDevices']({ assignments: [{ role: 'printer', kind: 'serial', path: '/dev/ttyUSB1', baudRate: 19200 }] });
    expect(before.restarts).toHaveLength(1);
    const old = await before.handlers['technician.deviceSettings']({});
    expect(old.pending).toBe(true);
    expect(old.roles.find((role) => role.role === 'printer')?.baudRate).toBe(19200);

    const restarted = handlersOn(dir, { ...running, printer: { ...running.printer, baudRate: 19200 } } as CoreConfig['devices']);
    expect(await restarted.handlers['technician.deviceSettings']({})).toMatchObject({ pending: false });
  });
});
