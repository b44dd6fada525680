import { describe, expect, it } from 'vitest';
import { ConfigRefusal, withKeySet, type JsonObject } from './config-keys.js';
import { withDevicesAssigned } from './device-assignment.js';

const config: JsonObject = {
  dataDir: '/var/lib/tongban',
  key: { kind: 'file', path: '/var/lib/tongban/store.key' },
  devices: {
    idcard: { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 115200 },
    printer: { kind: 'serial', path: '/dev/ttyUSB1', baudRate: 9600, paper: 58, font: 'gb18030' },
    scanner: { kind: 'wedge' },
  },
};

/** What `tongban config set KEY VALUE` says about the same value: the screen must say the same. */
function configSetWords(key: string, text: string): string {
  try {
    withKeySet(config, key, text);
  } catch (error) {
    if (error instanceof ConfigRefusal) return error.message;
  }
  throw new Error(`${key}=${text} was taken`);
}

function refusalOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigRefusal) return error.message;
    throw error;
  }
  throw new Error('nothing was refused');
}

describe("technician mode's device roles", () => {
  it('swaps the reader and the printer between two ports, the printer keeping its paper and font', () => {
    const next = withDevicesAssigned(config, [
      { role: 'idcard', kind: 'serial', path: '/dev/ttyUSB1', baudRate: 115200 },
      { role: 'printer', kind: 'serial', path: '/dev/ttyUSB0', baudRate: 19200 },
    ]);
    expect(next.devices).toEqual({
      idcard: { kind: 'serial', path: '/dev/ttyUSB1', baudRate: 115200 },
      printer: { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 19200, paper: 58, font: 'gb18030' },
      scanner: { kind: 'wedge' },
    });
    expect(config.devices).toMatchObject({ idcard: { path: '/dev/ttyUSB0' } });
  });

  it('moves a keyboard-wedge scanner onto a serial port, and a reader onto its HID interface', () => {
    const next = withDevicesAssigned(config, [
      { role: 'scanner', kind: 'serial', path: '/dev/serial/by-id/usb-Honeywell-if00', baudRate: 9600 },
      { role: 'idcard', kind: 'hid', path: '/dev/hidraw2', baudRate: null },
    ]);
    expect(next.devices).toMatchObject({ scanner: { kind: 'serial', path: '/dev/serial/by-id/usb-Honeywell-if00', baudRate: 9600, aim: false }, idcard: { kind: 'hid', path: '/dev/hidraw2' } });
  });

  it.each([
    ['a baud no serial device is sold with', { role: 'idcard', kind: 'serial', path: '/dev/ttyUSB0', baudRate: 9601 }, configSetWords('devices.idcard.baudRate', '9601')],
    ['a path that is no device path', { role: 'scanner', kind: 'serial', path: 'ttyUSB3', baudRate: 9600 }, configSetWords('devices.scanner.path', 'ttyUSB3')],
  ] as const)('refuses %s with the very words of `tongban config set`', (_, assignment, words) => {
    expect(refusalOf(() => withDevicesAssigned(config, [assignment]))).toBe(words);
    expect(words).toMatch(/须为.* must be /);
  });

  it('refuses a receipt printer on a HID port, and a serial port without a baud, in both languages', () => {
    expect(refusalOf(() => withDevicesAssigned(config, [{ role: 'printer', kind: 'hid', path: '/dev/hidraw0', baudRate: null }]))).toBe(
      '回执打印机端口不适用于这台设备（hid） / receipt printer port does not apply to this device (hid)',
    );
    expect(refusalOf(() => withDevicesAssigned(config, [{ role: 'idcard', kind: 'serial', path: '/dev/ttyUSB0', baudRate: null }]))).toBe(
      '串口设备须选择波特率 / a serial device needs a baud rate',
    );
  });
});
