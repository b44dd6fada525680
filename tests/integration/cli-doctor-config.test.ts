import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineEnrolledStore } from '../support/offline-enrolled-store.js';
import { tongban } from './tongban-process.js';

interface Doctor {
  ok: boolean;
  checks: { id: string; ok: boolean; words: { zh: string; en: string } }[];
}

const token = 'enrollment-token-never-printed-0123456789';
const rawKey = Buffer.alloc(32, 7).toString('base64');
const pinHash = '$scrypt$N=16384,r=8,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA';

/** A terminal enrolled earlier whose platform (127.0.0.1:9) is down, with a secret of every kind in its config. */
function enrolledFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-doctor-'));
  offlineEnrolledStore(dir);
  const config = {
    dataDir: dir,
    key: { kind: 'raw', base64: rawKey },
    enrollment: { platformUrl: 'http://127.0.0.1:9', token },
    devices: { idcard: { kind: 'serial', path: '/dev/ttyTONGBAN-NONE', baudRate: 115200 }, printer: { kind: 'simulated', paper: 80 } },
    platform: { allowPlainHttp: false },
    technician: { pinHash },
  };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config), { mode: 0o600 });
  return dir;
}

describe('tongban doctor', () => {
  it('on a folder with no terminal, says so in checks and exits 1 instead of failing', async () => {
    const result = await tongban(['doctor', '--data', mkdtempSync(join(tmpdir(), 'tongban-doctor-'))]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as Doctor;
    expect(report.ok).toBe(false);
    expect(report.checks[0]).toMatchObject({ id: 'config', ok: false, words: { en: expect.stringMatching(/holds no enrolled terminal: run tongban enroll/) as string } });
  });

  it('on an enrolled terminal whose platform is down, fails the network check in words', async () => {
    const result = await tongban(['doctor', '--data', enrolledFolder()]);
    expect(result.status).toBe(1);
    const checks = (JSON.parse(result.stdout) as Doctor).checks;
    expect(checks.find((c) => c.id === 'config')?.ok).toBe(true);
    expect(checks.find((c) => c.id === 'network.platform')).toMatchObject({ ok: false, words: { zh: '连接不上平台 http://127.0.0.1:9：请检查网线、路由器和平台地址' } });
    expect(checks.find((c) => c.id === 'devices.idcard')).toMatchObject({ ok: false, words: { en: expect.stringMatching(/\/dev\/ttyTONGBAN-NONE at 115200 baud, no such port/) as string } });
    expect(result.stdout).not.toContain(token);
  });
});

describe('tongban config', () => {
  it('prints the whole configuration without a key, token or PIN hash, and one key alone', async () => {
    const dir = enrolledFolder();
    const whole = await tongban(['config', 'get', '--data', dir]);
    expect(whole.status).toBe(0);
    for (const secret of [token, rawKey, pinHash]) expect(whole.stdout).not.toContain(secret);
    const shown = JSON.parse(whole.stdout) as { key: { base64: string }; enrollment: { token: string }; technician: { pinHash: string }; devices: { idcard: { path: string } } };
    expect([shown.key.base64, shown.enrollment.token, shown.technician.pinHash]).toEqual(['(set)', '(set)', '(set)']);
    expect(shown.devices.idcard.path).toBe('/dev/ttyTONGBAN-NONE');
    expect(JSON.parse((await tongban(['config', 'get', 'devices.idcard.baudRate', '--data', dir])).stdout)).toBe(115200);
    expect(JSON.parse((await tongban(['config', 'get', 'enrollment.token', '--data', dir])).stdout)).toBe('(set)');
  });

  it('refuses unknown keys and bad values with one line and exit 2, leaving the file as it was', async () => {
    const dir = enrolledFolder();
    const before = readFileSync(join(dir, 'config.json'), 'utf8');
    for (const [key, value, said] of [
      ['enrollment.token', 'x', /cannot be set/],
      ['session.idleSeconds', '5', /无人操作后询问的秒数须为10 到 600 之间的整数，而不是“5” \/ seconds untouched before the screen asks must be a whole number from 10 to 600, not "5"/],
      ['devices.idcard.baudRate', '115201', /must be one of 1200/],
      ['devices.printer.path', '/dev/ttyUSB1', /does not apply to this device \(simulated\)/],
    ] as const) {
      const refused = await tongban(['config', 'set', key, value, '--data', dir]);
      expect(refused.status).toBe(2);
      expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(refused.stderr).toMatch(said);
    }
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(before);
  });

  it('sets a good value, keeps the file 0600 and every other key as it was', async () => {
    const dir = enrolledFolder();
    const result = await tongban(['config', 'set', 'devices.idcard.baudRate', '9600', '--data', dir]);
    expect(result.status).toBe(0);
    expect(JSON.parse((await tongban(['config', 'get', 'devices.idcard.baudRate', '--data', dir])).stdout)).toBe(9600);
    expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toContain(token);
  });
});
