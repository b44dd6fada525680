import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const unitPath = join(process.cwd(), 'build', 'systemd', 'tongban-kiosk.service');
const unit = readFileSync(unitPath, 'utf8');
const hasAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;

/** key=value lines of one [section], comments and blank lines left out. */
function settings(section: string): [string, string][] {
  const body = unit.split(/^\[/m).find((part) => part.startsWith(`${section}]`)) ?? '';
  return body
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
}

describe('the kiosk systemd unit', () => {
  const service = new Map(settings('Service'));

  it('is watched: notify, a watchdog, restarted always, never given up on', () => {
    expect(service.get('Type')).toBe('notify');
    expect(Number(service.get('WatchdogSec'))).toBeGreaterThan(0);
    expect(service.get('Restart')).toBe('always');
    expect(service.get('NotifyAccess')).toBe('all');
    expect(new Map(settings('Unit')).get('StartLimitIntervalSec')).toBe('0');
  });

  it('is hardened but lets the kiosk reach its devices', () => {
    expect(service.get('ProtectSystem')).toBe('strict');
    expect(service.get('NoNewPrivileges')).toBe('yes');
    expect(service.get('DevicePolicy')).toBe('closed');
    const allowed = settings('Service').filter(([key]) => key === 'DeviceAllow').map(([, value]) => value.split(' ')[0]);
    expect(allowed).toEqual(expect.arrayContaining(['char-ttyUSB', 'char-hidraw', 'char-usb_device', 'char-video4linux', 'char-input', 'char-drm']));
    expect(service.get('SupplementaryGroups')?.split(' ')).toEqual(expect.arrayContaining(['dialout', 'plugdev']));
  });

  // systemd-analyze also checks that ExecStart's binary exists; cage and an installed tongban
  // are not on a development machine, so a copy names /bin/true in their place, all else as is.
  it.skipIf(!hasAnalyze)('passes systemd-analyze verify (skipped where systemd-analyze is not installed)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-unit-'));
    const copy = join(dir, 'tongban-kiosk.service');
    writeFileSync(copy, unit.replace(/^ExecStart=.*$/m, 'ExecStart=/bin/true'));
    const result = spawnSync('systemd-analyze', ['verify', copy], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
