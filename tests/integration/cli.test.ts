import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commandPaths } from '../../cli/command.js';
import { tongban as commandTable } from '../../cli/command-table.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { bin, startTongban as start, stopped, tongban as tongbanAsync, type Running } from './tongban-process.js';

const adminToken = 'integration-admin-token-0123456789';
const running: Running[] = [];

function startTongban(args: string[], env: Record<string, string> = {}) {
  return start(args, running, env);
}

afterEach(async () => {
  await Promise.all(running.splice(0).map(stopped));
});

function tongban(args: string[]) {
  // A bound, so a command that wrongly starts (a simulator taking an option it should refuse) fails the test, not hangs it.
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
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
    // A terminal takes citizens only with a signed catalog: the platform is given the admin key,
    // and the demo catalog signed with it is published to the whole fleet.
    expect(tongban(['catalog', 'keygen', '--out', join(dir, 'admin')]).status).toBe(0);
    writeFileSync(join(dir, 'catalog.json'), tongban(['catalog', 'demo']).stdout);
    const bundle = join(dir, 'catalog.bundle');
    expect(tongban(['catalog', 'sign', '--key', join(dir, 'admin', 'key'), '--in', join(dir, 'catalog.json'), '--version', '1', '--expires', '2099-01-01T00:00:00Z', '--out', bundle]).status).toBe(0);
    const platform = await startTongban(['platform', '--data', join(dir, 'platform'), '--catalog-trust', join(dir, 'admin', 'key.pub')], { TONGBAN_ADMIN_TOKEN: adminToken });
    const published = tongban(['catalog', 'publish', '--platform', platform.line, '--admin-token', adminToken, '--in', bundle, '--stage', 'all']);
    expect(published.stderr).toBe('');
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
    // A second start on the same folder is refused at once: one core to a store, one owner of each port.
    const twice = tongban(['start', '--no-ui', '--data', kioskDir]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/正在使用 .* another tongban kiosk \(process \d+\) is running on/);
    const url = new URL(kiosk.line);
    const invoke = (name: string, payload: unknown) =>
      fetch(new URL(`/api/invoke/${name}`, url), {
        method: 'POST',
        headers: { 'x-tongban-token': url.hash.replace('#token=', ''), 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      }).then((reply) => reply.json());
    expect(await invoke('kiosk.status', {})).toMatchObject({ ok: true, value: { hallName: '江汉区政务服务中心', demo: false, appCodeSignIn: true } });
    await expect.poll(async () => invoke('kiosk.status', {}), { timeout: 30_000 }).toMatchObject({ value: { service: { state: 'inService' } } });
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

describe('the tongban command answers --help and --version', () => {
  // Walked from the command table main.ts dispatches through, so a new command cannot be missed.
  it.each(commandPaths(commandTable).map((path) => [path.join(' ') || '(none)', path] as const))('tongban %s --help prints its usage and exits 0', async (_, path) => {
    const result = await tongbanAsync([...path, '--help']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: tongban /);
    expect(result.stdout).toContain(path.length > 0 ? `tongban ${path.join(' ')}` : 'tongban <command>');
  });

  it('prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
    expect(tongban(['--version'])).toMatchObject({ status: 0, stdout: `tongban ${version}\n` });
  });

  it('shows a usage error whole: the reason, then how to call the command', () => {
    const result = tongban(['catalog', 'frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^tongban: unknown command "catalog frobnicate"\nusage: tongban catalog demo\n/);
    expect(result.stderr).toContain('tongban catalog rollback [--data DIR]');
  });
});

describe('the tongban command refuses bad numbers in words', () => {
  it.each([
    [['device', 'read-id', '--port', '/dev/ttyTONGBAN-NONE', '--baud', '12'], /^tongban: --baud must be one of 1200, .*, got "12"$/],
    [['device', 'read-id', '--port', '/dev/ttyTONGBAN-NONE', '--baud=-5'], /^tongban: --baud must be a whole number of at least 1, got "-5"$/],
    [['device', 'read-id', '--port', '/dev/ttyTONGBAN-NONE', '--timeout', '0'], /^tongban: --timeout must be a whole number from 1 to 600, got "0"$/],
    [['device', 'printer-status', '--port', '/dev/ttyTONGBAN-NONE', '--baud', '1e3'], /^tongban: --baud must be a whole number of at least 1, got "1e3"$/],
    [['device', 'printer-status', '--tcp', '127.0.0.1:99999'], /^tongban: --tcp's port must be a whole number from 1 to 65535, got "99999"$/],
    [['sim', 'idcard', '--present-after', 'abc'], /^tongban: --present-after must be a whole number of at least 0, got "abc"$/],
    [['sim', 'printer', '--tcp', '70000'], /^tongban: --tcp must be a whole number from 0 to 65535, got "70000"$/],
    [['platform', '--port', '-1'], /^tongban: Option '--port' argument is ambiguous/],
  ])('tongban %j', (args, refusal) => {
    const result = tongban(args);
    expect(result.status).not.toBe(0);
    expect(result.stderr.split('\n')[0]).toMatch(refusal);
  });
});

describe('the simulators take only the options and values they know', () => {
  it.each([
    [['sim', 'printer', '--fault', 'jam'], 'tongban: --fault must be one of paper-out, paper-near-end, cover-open; got "jam"'],
    [['sim', 'idcard', '--fault', 'paper-out'], 'tongban: --fault must be one of noise, pieces, bad-checksum, bad-checksum-once, no-card, slow, card-removed, vanish; got "paper-out"'],
    [['sim', 'idcard', '--card', 'passport'], 'tongban: --card must be one of resident, '],
    [['sim', 'printer', '--paper', '76'], 'tongban: --paper must be 58 or 80, got "76"'],
    [['sim', 'idcard', '--paper', '58'], "tongban: Unknown option '--paper'"],
    [['sim', 'printer', '--card', 'resident'], "tongban: Unknown option '--card'"],
  ])('refuses tongban %j, saying what it takes', (args, refusal) => {
    const result = tongban(args);
    expect(result.status).toBe(2);
    expect(result.stderr.startsWith(refusal)).toBe(true);
  });

  it('starts a printer out of paper with --fault paper-out, as printer-status then reports', async () => {
    const sim = await startTongban(['sim', 'printer', '--tcp', '0', '--fault', 'paper-out', '--dir', mkdtempSync(join(tmpdir(), 'tongban-cli-'))]);
    const status = await tongbanAsync(['device', 'printer-status', '--tcp', sim.line]);
    expect(JSON.parse(status.stdout)).toEqual({ online: false, paper: 'out', coverOpen: false, error: false });
  });
});

describe('tongban device list', () => {
  it('lists serial ports and HID devices as JSON without udev', () => {
    const result = tongban(['device', 'list']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const found = JSON.parse(result.stdout) as { serial: unknown[]; hid: unknown[] };
    expect(Array.isArray(found.serial) && Array.isArray(found.hid)).toBe(true);
  });
});

/** A terminal's store with two catalogs installed, version 2 current: one to roll back to. */
function storeWithTwoCatalogs(): { dir: string; db: ReturnType<typeof openStore> } {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-cli-'));
  const db = openStore(join(dir, 'kiosk.sqlite'));
  const insert = db.prepare("INSERT INTO catalog_bundles (version, manifest, payload, search_index, installed_at, state) VALUES (?, '{}', x'', '', '2026-01-01T00:00:00Z', ?)");
  insert.run(1, 'previous');
  insert.run(2, 'current');
  return { dir, db };
}

describe('tongban catalog rollback and outbox on a terminal\'s data folder', () => {
  it.each([['catalog', 'rollback'], ['outbox']])('tongban %s refuses a folder that holds no terminal, and leaves it empty', (...command) => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-cli-'));
    const result = tongban([...command, '--data', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`tongban: ${dir} holds no tongban terminal (no store); pass the data folder of an installed terminal / 该目录中没有通办终端，请指定已安装终端的数据目录\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rolls back a stopped terminal: the previous catalog is current when it starts', () => {
    const { dir, db } = storeWithTwoCatalogs();
    db.close();
    const result = tongban(['catalog', 'rollback', '--data', dir]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ from: 2, to: 1, restartNeeded: false });
  });

  it('says a running kiosk must be restarted, since it keeps the catalog it loaded', () => {
    const { dir, db } = storeWithTwoCatalogs();
    try {
      const result = tongban(['catalog', 'rollback', '--data', dir]);
      expect(JSON.parse(result.stdout)).toEqual({ from: 2, to: 1, restartNeeded: true });
      expect(result.stderr).toBe('the kiosk is running: restart it for the rollback to take effect / 终端正在运行，重启后回退生效\n');
      expect(db.prepare("SELECT version FROM catalog_bundles WHERE state = 'current'").pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });
});
