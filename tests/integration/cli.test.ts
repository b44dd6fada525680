import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bin, startTongban as start, stopped, type Running } from './tongban-process.js';

const adminToken = 'integration-admin-token-0123456789';
const running: Running[] = [];

function startTongban(args: string[], env: Record<string, string> = {}) {
  return start(args, running, env);
}

afterEach(async () => {
  await Promise.all(running.splice(0).map(stopped));
});

function tongban(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
}

describe('the tongban command', () => {
  it('refuses an unknown command with one line on stderr and exit 2', () => {
    const result = tongban(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(/^tongban: unknown command "frobnicate"/);
  });

  it('says which port is missing when a reader is not there', () => {
    const result = tongban(['device', 'read-id', '--port', '/dev/ttyTONGBAN-NONE']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('/dev/ttyTONGBAN-NONE');
  });

  it('makes a stand-in province key and 鄂汇办 codes with it, refusing what it cannot sign', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-cli-'));
    expect(JSON.parse(tongban(['sim', 'app-code', 'keygen', '--out', join(dir, 'province')]).stdout)).toEqual({ key: join(dir, 'province', 'key'), publicKey: join(dir, 'province', 'key.pub') });
    expect(tongban(['sim', 'app-code', 'keygen', '--out', join(dir, 'province')]).status).toBe(1);
    const code = tongban(['sim', 'app-code', '--key', join(dir, 'province', 'key'), '--id-number', '420103199003120029', '--name', '陈晓欣']);
    expect(code.stdout).toMatch(/^EHB1\.[\w-]+\.[\w-]{86}\n$/);
    for (const wrong of [['--id-number', '4201'], ['--id-number', '420103199003120029', '--expires-in', '3600']]) {
      const refused = tongban(['sim', 'app-code', '--key', join(dir, 'province', 'key'), '--name', '陈晓欣', ...wrong]);
      expect(refused.status).toBe(2);
      expect(refused.stderr.split('\n')[0]).toMatch(/^tongban: --(id-number|expires-in) must be/);
    }
  });

  it('verifies a catalog bundle as a terminal does: one key signing twice is one signature, the installed version is not newer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-cli-'));
    const catalog = join(dir, 'catalog.json');
    writeFileSync(catalog, tongban(['catalog', 'demo']).stdout);
    for (const admin of ['admin1', 'admin2']) expect(tongban(['catalog', 'keygen', '--out', join(dir, admin)]).status).toBe(0);
    const sign = (out: string, ...admins: string[]) =>
      tongban(['catalog', 'sign', ...admins.flatMap((a) => ['--key', join(dir, a, 'key')]), '--in', catalog, '--version', '3', '--expires', '2099-01-01T00:00:00Z', '--out', join(dir, out)]);
    expect(sign('twice.bundle', 'admin1', 'admin1').status).toBe(0);
    expect(sign('both.bundle', 'admin1', 'admin2').status).toBe(0);
    const verify = (bundle: string, ...extra: string[]) =>
      tongban(['catalog', 'verify', '--trust', join(dir, 'admin1', 'key.pub'), '--trust', join(dir, 'admin2', 'key.pub'), '--in', join(dir, bundle), ...extra]);
    expect(verify('both.bundle', '--threshold', '2', '--installed-version', '2').stdout).toMatch(/^ok: version 3,/);
    const refusals = [verify('twice.bundle', '--threshold', '2'), verify('both.bundle', '--installed-version', '3')];
    for (const refused of refusals) expect(refused.status).toBe(1);
    expect(refusals.map((r) => r.stderr.split('\n')[0])).toEqual([
      'tongban: refused (threshold: 1 valid trusted signature(s), 2 required)',
      'tongban: refused (rollback: version 3 is not above installed version 3)',
    ]);
  });

  it('enrolls a terminal at a platform, then starts it with its real devices', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-cli-'));
    const platform = await startTongban(['platform', '--data', join(dir, 'platform')], { TONGBAN_ADMIN_TOKEN: adminToken });
    const reader = await startTongban(['sim', 'idcard', '--dir', join(dir, 'reader')]);
    const printer = await startTongban(['sim', 'printer', '--dir', join(dir, 'printer')]);
    const tokenReply = await fetch(`${platform.line}/v1/admin/enrollment-tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ hallName: '江汉区政务服务中心', terminalName: '2 号终端', regionCode: '420103' }),
    });
    const { token } = (await tokenReply.json()) as { token: string };
    const kioskDir = join(dir, 'kiosk');
    const province = join(dir, 'province');
    tongban(['sim', 'app-code', 'keygen', '--out', province]);
    const enrolled = tongban(['enroll', '--platform', platform.line, '--token', token, '--idcard-port', reader.line, '--printer-port', printer.line, '--data', kioskDir, '--app-code-trust', join(province, 'key.pub')]);
    expect(enrolled.stderr).toBe('');
    expect(JSON.parse(enrolled.stdout)).toMatchObject({ hallName: '江汉区政务服务中心', regionCode: '420103' });
    expect(existsSync(join(kioskDir, 'config.json'))).toBe(true);
    expect(readFileSync(join(kioskDir, 'config.json'), 'utf8')).not.toContain(token);
    expect(tongban(['enroll', '--platform', platform.line, '--token', token, '--idcard-port', reader.line, '--printer-port', printer.line, '--data', join(dir, 'again')]).status).toBe(1);

    const kiosk = await startTongban(['start', '--no-ui', '--data', kioskDir]);
    const url = new URL(kiosk.line);
    const invoke = (name: string, payload: unknown) =>
      fetch(new URL(`/api/invoke/${name}`, url), {
        method: 'POST',
        headers: { 'x-tongban-token': url.hash.replace('#token=', ''), 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      }).then((reply) => reply.json());
    expect(await invoke('kiosk.status', {})).toMatchObject({ ok: true, value: { hallName: '江汉区政务服务中心', demo: false, appCodeSignIn: true } });
    // The province key given at enrollment is the one the terminal checks codes with.
    const code = tongban(['sim', 'app-code', '--key', join(province, 'key'), '--id-number', '420103199003120029', '--name', '陈晓欣']).stdout.trim();
    expect(await invoke('identity.appCode', { code })).toEqual({
      ok: true,
      value: { accepted: true, identity: { cardType: 'resident', maskedName: '陈*欣', maskedIdNumber: '4201**********0029', source: 'appCode' } },
    });
    expect(await invoke('identity.appCode', { code })).toEqual({ ok: true, value: { accepted: false, refusal: 'used' } });
    expect(await stopped(kiosk.child)).toBe(0);
  });
});
