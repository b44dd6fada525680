import { describe, expect, it } from 'vitest';
import { deviceChecks } from './device-checks.js';

const listing = { serial: [{ path: '/dev/ttyUSB0', byId: '/dev/serial/by-id/usb-reader', manufacturer: 'FTDI' }], hid: [] };
const printer = { kind: 'serial', path: '/dev/ttyUSB1', baudRate: 9600, paper: 80, font: 'gbk' } as const;

describe('device checks', () => {
  it('names each role, its port and baud, and says when the port is missing', () => {
    const checks = deviceChecks({ listing, targets: { idcard: { kind: 'serial', path: '/dev/serial/by-id/usb-reader', baudRate: 115200 }, printer }, exists: () => false });
    expect(checks.map((c) => [c.id, c.ok])).toEqual([
      ['devices.found', true],
      ['devices.idcard', true],
      ['devices.printer', false],
      ['devices.scanner', true],
    ]);
    expect(checks[2]?.words.zh).toBe('回执打印机：/dev/ttyUSB1，9600 波特，找不到这个端口：请检查连线，或用 tongban config set devices.printer.path 改选端口');
    expect(checks[1]?.detail).toEqual({ role: 'idcard', kind: 'serial', path: '/dev/serial/by-id/usb-reader', baudRate: 115200 });
  });

  it('names the scanner: a keyboard wedge needs no port, a serial one is checked like the others', () => {
    const serial = deviceChecks({ listing, targets: { idcard: { kind: 'simulated' }, printer, scanner: { kind: 'serial', path: '/dev/ttyACM0', baudRate: 9600, aim: false } }, exists: () => false });
    expect(serial[3]?.words.en).toBe('Code scanner: /dev/ttyACM0 at 9600 baud, no such port: check the cable, or choose another with tongban config set devices.scanner.path');
    const wedge = deviceChecks({ listing, targets: { idcard: { kind: 'simulated' }, printer }, exists: () => false });
    expect(wedge[3]?.words.zh).toBe('扫码枪：键盘模式（请用“扫一个码”检查）');
  });

  it('takes a port that is there but in no listing (a pty)', () => {
    const [, idcard] = deviceChecks({ listing, targets: { idcard: { kind: 'serial', path: '/dev/pts/7', baudRate: 115200 }, printer }, exists: (path) => path === '/dev/pts/7' });
    expect(idcard?.ok).toBe(true);
  });

  it('says HID devices could not be listed, and why', () => {
    const [found] = deviceChecks({ listing: { ...listing, hidError: 'libusb missing' }, targets: { idcard: { kind: 'simulated' }, printer }, exists: () => true });
    expect(found).toMatchObject({ ok: false, words: { en: '1 serial port(s) found; HID devices could not be listed (libusb missing)' } });
  });
});
