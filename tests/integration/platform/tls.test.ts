import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { coreConfigSchema } from '../../../electron/core/config/core-config.js';
import { InstalledCatalogs } from '../../../electron/core/catalog/bundle/installed-catalogs.js';
import { CatalogPreparer } from '../../../electron/core/catalog/bundle/prepare-in-worker.js';
import { CatalogPuller } from '../../../electron/core/catalog/catalog-puller.js';
import { openKiosk } from '../../../electron/core/open-kiosk.js';
import { requestEnrollment } from '../../../electron/core/enrollment/enrollment.js';
import { openStore } from '../../../electron/core/store/open-store.js';
import { PlatformClient } from '../../../electron/core/uplink/platform-client.js';
import { PlatformCertificateError } from '../../../electron/core/uplink/platform-fetch.js';
import { PlatformAddressError, type PlatformLink } from '../../../electron/core/uplink/platform-link.js';
import { presentedCertificate } from '../../../electron/core/uplink/presented-certificate.js';
import { addAccount } from '../../../platform/accounts/store.js';
import { openPglite } from '../../../platform/db/pglite.js';
import { createEnrollmentToken } from '../../../platform/enrollment/tokens.js';
import { startPlatform, type RunningPlatform } from '../../../platform/server.js';
import type { Database } from '../../../platform/db/database.js';
import { makeTestCertificates, type TestCertificates } from '../../support/test-certificates.js';
import { adminToken, hall } from './harness.js';

let certs: TestCertificates;
let db: Database;
let platform: RunningPlatform;

beforeAll(async () => {
  certs = makeTestCertificates();
  db = await openPglite();
  platform = await startPlatform({ db, adminToken, tls: { cert: certs.cert, key: certs.key } });
});

afterAll(async () => {
  await platform.close();
  await db.close();
});

/** The Set-Cookie a console login over HTTPS answers with. */
function loginCookie(name: string, password: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const req = request(`${platform.url}/v1/console/login`, { method: 'POST', ca: certs.ca, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200 ? (res.headers['set-cookie'] ?? []) : [`status ${res.statusCode}`]));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ name, password }));
  });
}

function puller(link: PlatformLink): CatalogPuller {
  const { privateKey } = generateKeyPairSync('ed25519');
  return new CatalogPuller(new InstalledCatalogs(openStore(':memory:')), {
    platform: link,
    terminalId: 'not-enrolled',
    privateKey,
    trust: { keys: [], threshold: 1, maxBytes: 1024 },
    preparer: new CatalogPreparer(),
    view: { regionCode: '420102' },
    log: () => undefined,
  });
}

/** Cases carry names and ID numbers: the platform serves HTTPS and the terminal trusts only the certificate it pinned. */
describe('the platform over TLS, pinned at enrollment', () => {
  it('serves https://, and a terminal pinned to its CA enrolls and makes signed requests', async () => {
    expect(platform.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const link = { url: platform.url, ca: certs.ca };
    const { token } = await createEnrollmentToken(db, hall);
    const enrolled = await requestEnrollment(link, token);
    expect(enrolled.reply.regionCode).toBe(hall.regionCode);
    const client = new PlatformClient(link, { terminalId: enrolled.reply.terminalId, privateKey: enrolled.privateKey });
    expect(await client.getCase('WH0001-20261202-0001-X')).toBeUndefined();
  });

  it('marks the console session cookie Secure, so the browser never sends it over plain HTTP', async () => {
    await addAccount(db, { name: 'wang.admin', role: 'admin', regionCode: '420102', password: 'a long enough passphrase' }, { name: 'tester', sourceIp: null });
    const [cookie] = await loginCookie('wang.admin', 'a long enough passphrase');
    expect(cookie?.split('; ')).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Secure']));
  });

  it('takes the platform\'s own certificate as the pin as well as the CA that signed it', async () => {
    const { token } = await createEnrollmentToken(db, hall);
    const enrolled = await requestEnrollment({ url: platform.url, ca: certs.cert }, token);
    expect(enrolled.reply.regionCode).toBe(hall.regionCode);
  });

  it('pins the certificate the platform presents when its fingerprint is the one the operator gives', async () => {
    const fingerprint = new X509Certificate(certs.cert).fingerprint256;
    const pinned = await presentedCertificate(platform.url, fingerprint);
    expect(new X509Certificate(pinned).fingerprint256).toBe(fingerprint);
    expect(await presentedCertificate(platform.url, fingerprint.replaceAll(':', '').toLowerCase())).toBe(pinned);
    const { token } = await createEnrollmentToken(db, hall);
    await expect(requestEnrollment({ url: platform.url, ca: pinned }, token)).resolves.toBeDefined();
    const other = new X509Certificate(certs.otherCa).fingerprint256;
    await expect(presentedCertificate(platform.url, other)).rejects.toThrow(`the platform presented a certificate with SHA-256 ${fingerprint}, not the ${other} given`);
    await expect(presentedCertificate('http://127.0.0.1:1', fingerprint)).rejects.toThrow(/only an https:\/\/ platform presents a certificate/);
  });

  it('a kiosk configured with the pin enrolls at start and its heartbeat reaches the platform', async () => {
    const { token } = await createEnrollmentToken(db, hall);
    const dir = mkdtempSync(join(tmpdir(), 'tongban-tls-kiosk-'));
    const config = coreConfigSchema.parse({
      dataDir: dir,
      key: { kind: 'file', path: join(dir, 'store.key') },
      enrollment: { platformUrl: platform.url, token },
      platform: { ca: certs.ca },
      devices: { idcard: { kind: 'simulated' }, printer: { kind: 'simulated', paper: 80 } },
    });
    const kiosk = await openKiosk(config, () => undefined);
    try {
      // Only this test's terminal beats: the others here never start a kiosk.
      await vi.waitFor(async () => expect((await db.query('SELECT terminal_id FROM terminal_status')).rows).toHaveLength(1), { timeout: 10_000 });
    } finally {
      await kiosk.close();
    }
  });

  it('refuses a platform whose certificate another CA signed, for enrollment, signed requests and the catalog', async () => {
    const link = { url: platform.url, ca: certs.otherCa };
    const { token } = await createEnrollmentToken(db, hall);
    await expect(requestEnrollment(link, token)).rejects.toThrow(/not the one pinned at enrollment \(SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_/);
    const { privateKey } = generateKeyPairSync('ed25519');
    await expect(new PlatformClient(link, { terminalId: 't', privateKey }).getCase('X')).rejects.toThrow(/平台证书与注册时记录的不符/);
    await expect(puller(link).pullOnce()).rejects.toBeInstanceOf(PlatformCertificateError);
    // The token was never presented to the impostor, so it still works with the right pin.
    await expect(requestEnrollment({ url: platform.url, ca: certs.ca }, token)).resolves.toBeDefined();
  });

  it('refuses plain http:// beyond loopback before connecting, unless the configuration allows it', () => {
    expect(() => new PlatformClient('http://example.test', undefined)).toThrow(PlatformAddressError);
    expect(() => new PlatformClient('http://example.test', undefined)).toThrow(/plain http:\/\/ is only for loopback/);
    expect(() => puller({ url: 'http://10.0.0.5:8080' })).toThrow(/plain http:\/\/ is only for loopback/);
    expect(() => new PlatformClient({ url: 'http://example.test', allowPlainHttp: true }, undefined)).not.toThrow();
    for (const loopback of ['http://127.0.0.1:8080', 'http://localhost:8080', 'http://[::1]:8080']) {
      expect(() => new PlatformClient(loopback, undefined)).not.toThrow();
    }
  });

  it('refuses an address without a scheme, and https:// with no pinned certificate', () => {
    expect(() => new PlatformClient('10.0.0.5:8080', undefined)).toThrow('platform address needs https:// (or http:// on loopback): 10.0.0.5:8080');
    expect(() => new PlatformClient('localhost:8080', undefined)).toThrow(/needs https:\/\//);
    expect(() => new PlatformClient('https://platform.example.test', undefined)).toThrow(/no certificate pinned for https:\/\/platform\.example\.test/);
  });
});
