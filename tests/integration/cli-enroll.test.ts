import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformFetch } from '../../electron/core/uplink/platform-fetch.js';
import { makeTestCertificates, type TestCertificates } from '../support/test-certificates.js';
import { startTongban, stopped, tongban, type Running } from './tongban-process.js';

const adminToken = 'integration-admin-token-0123456789';
const running: Running[] = [];
let certs: TestCertificates;
let platformUrl: string;
let reader: string;
let printer: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tongban-enroll-'));
  certs = makeTestCertificates();
  const platform = await startTongban(['platform', '--data', join(dir, 'platform'), '--tls-cert', certs.certFile, '--tls-key', certs.keyFile], running, { TONGBAN_ADMIN_TOKEN: adminToken });
  platformUrl = platform.line;
  reader = (await startTongban(['sim', 'idcard', '--dir', join(dir, 'reader')], running)).line;
  printer = (await startTongban(['sim', 'printer', '--dir', join(dir, 'printer')], running)).line;
});

afterAll(async () => {
  await Promise.all(running.splice(0).map(stopped));
});

/** A one-time token, asked for over the same pinned HTTPS a terminal uses. */
async function enrollmentToken(): Promise<string> {
  const send = platformFetch({ url: platformUrl, ca: certs.ca });
  const reply = await send('/v1/admin/enrollment-tokens', {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ hallName: '江汉区政务服务中心', terminalName: '2 号终端', regionCode: '420103' }),
    signal: AbortSignal.timeout(10_000),
  });
  return ((await reply.json()) as { token: string }).token;
}

/** What a data folder holds, to see that a failed enrollment left it as it was. */
function contents(folder: string): string[] | 'absent' {
  return existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort() : 'absent';
}

let folders = 0;
/** A data folder no test used yet. */
function newFolder(name: string): string {
  folders += 1;
  return join(dir, `${name}-${folders}`);
}

/** `extra` overrides a flag, or drops it when empty; `tail` goes on the end as it is. */
function enrollArgs(data: string, token: string, extra: Record<string, string> = {}, tail: string[] = []): string[] {
  const flags: Record<string, string> = { '--platform': platformUrl, '--token': token, '--ca': certs.caFile, '--idcard-port': reader, '--printer-port': printer, '--data': data, ...extra };
  return ['enroll', ...Object.entries(flags).flatMap(([flag, value]) => (value === '' ? [] : [flag, value])), ...tail];
}

describe('tongban enroll', () => {
  it('enrolls at an HTTPS platform pinned by --ca, each port at its own speed, and the terminal keeps the pin', async () => {
    const data = newFolder('kiosk');
    const enrolled = await tongban(enrollArgs(data, await enrollmentToken(), { '--idcard-baud': '9600', '--printer-baud': '19200', '--scanner-hid': '/dev/hidraw7' }));
    expect(enrolled.stderr).toBe('');
    expect(JSON.parse(enrolled.stdout)).toMatchObject({ hallName: '江汉区政务服务中心', regionCode: '420103' });
    const config = JSON.parse(readFileSync(join(data, 'config.json'), 'utf8')) as { devices: { idcard: { baudRate: number }; printer: { baudRate: number }; scanner: unknown }; platform: { ca: string; allowPlainHttp: boolean } };
    expect([config.devices.idcard.baudRate, config.devices.printer.baudRate]).toEqual([9600, 19200]);
    expect(config.devices.scanner).toEqual({ kind: 'hid', path: '/dev/hidraw7' });
    expect(config.platform).toEqual({ ca: certs.ca, allowPlainHttp: false });
  });

  it('pins the certificate the platform presents when the operator gives its fingerprint', async () => {
    const data = newFolder('fingerprint');
    const fingerprint = new X509Certificate(certs.cert).fingerprint256;
    const enrolled = await tongban(enrollArgs(data, await enrollmentToken(), { '--ca': '', '--platform-sha256': fingerprint }));
    expect(enrolled.stderr).toBe('');
    const config = JSON.parse(readFileSync(join(data, 'config.json'), 'utf8')) as { platform: { ca: string } };
    expect(new X509Certificate(config.platform.ca).fingerprint256).toBe(fingerprint);
  });

  it('refuses a platform whose certificate the pinned CA did not sign, and writes nothing', async () => {
    const data = newFolder('other-ca');
    const refused = await tongban(enrollArgs(data, await enrollmentToken(), { '--ca': certs.otherCaFile }));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^tongban: .*not the one pinned at enrollment/);
    expect(contents(data)).toBe('absent');
  });

  describe('leaves the data folder as it was when it fails', () => {
    const cases: Array<[string, Record<string, string>, string[], RegExp]> = [
      ['a token the platform does not know', { '--token': 'not-a-token-the-platform-issued' }, [], /platform refused \(40\d\)/],
      ['a reader port that does not open', { '--idcard-port': '/dev/ttyTONGBAN-NONE' }, [], /--idcard-port does not open: .*\/dev\/ttyTONGBAN-NONE/],
      ['a printer port that does not open', { '--printer-port': '/dev/ttyTONGBAN-NONE' }, [], /--printer-port does not open/],
      ['a scanner port that does not open', { '--scanner-port': '/dev/ttyTONGBAN-NONE' }, [], /--scanner-port does not open/],
      ['a platform nobody answers at', { '--platform': 'http://127.0.0.1:1', '--ca': '' }, [], /platform unavailable: .*ECONNREFUSED/],
      ['an address without a scheme', { '--platform': '10.0.0.5:8080', '--ca': '' }, [], /platform address needs https:\/\/ \(or http:\/\/ on loopback\): 10\.0\.0\.5:8080/],
      ['plain http:// beyond loopback', { '--platform': 'http://example.test', '--ca': '' }, [], /plain http:\/\/ is only for loopback/],
      ['a fingerprint the platform\'s certificate does not have', { '--ca': '', '--platform-sha256': 'AB:CD' }, [], /the platform presented a certificate with SHA-256 [0-9A-F:]{95}, not the AB:CD given/],
      ['https:// with nothing to pin', { '--ca': '' }, [], /no certificate pinned .*--ca FILE/],
      ['a baud of 12', { '--idcard-baud': '12' }, [], /--idcard-baud must be one of 1200, .*, got "12"/],
      ['a baud of -5', {}, ['--printer-baud=-5'], /--printer-baud must be a whole number .* got "-5"/],
    ];

    it.each(cases)('%s', async (_what, extra, tail, said) => {
      const token = await enrollmentToken();
      const used = newFolder('used');
      mkdirSync(used);
      writeFileSync(join(used, 'notes.txt'), 'left by a technician');
      for (const data of [newFolder('fresh'), used]) {
        const before = contents(data);
        const result = await tongban(enrollArgs(data, token, extra, tail));
        expect(result.status, result.stderr).not.toBe(0);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(said);
        expect(contents(data)).toEqual(before);
      }
    });
  });
});

describe('tongban platform over TLS', () => {
  it('takes a certificate only with its key, and says so', async () => {
    const alone = await tongban(['platform', '--data', newFolder('platform'), '--tls-cert', certs.certFile]);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/^tongban: --tls-cert and --tls-key go together\nusage: tongban platform /);
  });
});
