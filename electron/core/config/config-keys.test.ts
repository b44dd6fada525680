import { describe, expect, it } from 'vitest';
import { ConfigRefusal, shownConfig, shownKey, withKeySet } from './config-keys.js';

const config = {
  dataDir: '/var/lib/tongban',
  key: { kind: 'raw', base64: 'c2VjcmV0LXN0b3JlLWtleS1ieXRlcy0wMTIzNDU2Nzg5YWJjZGVm' },
  enrollment: { platformUrl: 'https://platform.example', token: 'one-time-token-0123456789abcdef' },
  technician: { pinHash: '$scrypt$abc$def' },
  devices: { idcard: { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 115200 }, printer: { kind: 'tcp', host: '10.0.0.9', port: 9100, paper: 80, font: 'gbk' } },
  session: { idleSeconds: 60 },
};

describe('the configuration as a technician sees it', () => {
  it('never shows a key, a token or a PIN hash', () => {
    const text = JSON.stringify(shownConfig(config));
    for (const secret of [config.key.base64, config.enrollment.token, config.technician.pinHash]) expect(text).not.toContain(secret);
    expect(shownKey(config, 'enrollment.token')).toBe('(set)');
    expect(shownKey(config, 'technician')).toEqual({ pinHash: '(set)' });
    expect(shownKey(config, 'devices.idcard.path')).toBe('/dev/ttyUSB0');
    expect(shownKey(config, 'devices.nothing')).toBeUndefined();
  });
});

describe('setting one key', () => {
  it('takes a good value in its type and leaves the rest', () => {
    const next = withKeySet(config, 'devices.idcard.baudRate', '9600');
    expect(next.devices).toEqual({ ...config.devices, idcard: { ...config.devices.idcard, baudRate: 9600 } });
    expect(withKeySet(config, 'platform.allowPlainHttp', 'true').platform).toEqual({ allowPlainHttp: true });
    expect(config.devices.idcard.baudRate).toBe(115200);
  });

  it('points the terminal at its A4 printer, a network printer or a CUPS queue, and refuses anything but ipp://', () => {
    expect(withKeySet(config, 'devices.a4.url', 'ipp://192.168.1.20:631/ipp/print').devices).toMatchObject({ a4: { url: 'ipp://192.168.1.20:631/ipp/print' } });
    expect(withKeySet(config, 'devices.a4.url', 'ipp://localhost:631/printers/A4').devices).toMatchObject({ a4: { url: 'ipp://localhost:631/printers/A4' } });
    expect(() => withKeySet(config, 'devices.a4.url', 'http://192.168.1.20/print')).toThrow('A4 printer address must be an ipp:// address');
  });

  it.each([
    ['key.base64', 'x', 'key.base64 cannot be set'],
    ['session.idleSeconds', '5', 'seconds untouched before the screen asks must be a whole number from 10 to 600, not "5"'],
    ['session.idleSeconds', '1e2', 'must be a whole number from 10 to 600'],
    ['devices.printer.baudRate', '9600', 'receipt printer baud rate does not apply to this device (tcp)'],
    ['devices.printer.paper', '76', 'receipt paper width (mm) must be 58 or 80'],
  ])('refuses %s = %s in words', (key, value, said) => {
    expect(() => withKeySet(config, key, value)).toThrow(ConfigRefusal);
    expect(() => withKeySet(config, key, value)).toThrow(said);
  });
});
