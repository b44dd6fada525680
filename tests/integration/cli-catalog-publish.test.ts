// `tongban catalog publish` to a platform serving HTTPS, pinned as `tongban enroll` pins it: the
// admin token never crosses an unverified connection.
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCertificates, type TestCertificates } from '../support/test-certificates.js';
import { startTongban, stopped, tongban, type Running } from './tongban-process.js';

const adminToken = 'integration-admin-token-0123456789';
const running: Running[] = [];
let certs: TestCertificates;
let platformUrl: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tongban-publish-'));
  certs = makeTestCertificates();
  expect((await tongban(['catalog', 'keygen', '--out', join(dir, 'admin')])).status).toBe(0);
  writeFileSync(join(dir, 'catalog.json'), (await tongban(['catalog', 'demo'])).stdout);
  const platformArgs = ['platform', '--data', join(dir, 'platform'), '--tls-cert', certs.certFile, '--tls-key', certs.keyFile, '--catalog-trust', join(dir, 'admin', 'key.pub')];
  platformUrl = (await startTongban(platformArgs, running, { TONGBAN_ADMIN_TOKEN: adminToken })).line;
});

afterAll(async () => {
  await Promise.all(running.splice(0).map(stopped));
});

async function signed(version: number): Promise<string> {
  const out = join(dir, `v${version}.bundle`);
  const made = await tongban(['catalog', 'sign', '--key', join(dir, 'admin', 'key'), '--in', join(dir, 'catalog.json'), '--version', String(version), '--expires', '2099-01-01T00:00:00Z', '--scope', '420100', '--out', out]);
  expect(made.status, made.stderr).toBe(0);
  return out;
}

const publish = (bundle: string, ...pin: string[]) => tongban(['catalog', 'publish', '--platform', platformUrl, '--admin-token', adminToken, '--in', bundle, ...pin]);

describe('tongban catalog publish over TLS', () => {
  it('publishes with the CA pinned, held until staged; or with the fingerprint pinned, staged at once', async () => {
    expect(platformUrl).toMatch(/^https:/);
    const held = await publish(await signed(1), '--ca', certs.caFile);
    expect(held.status, held.stderr).toBe(0);
    expect(JSON.parse(held.stdout)).toMatchObject({ version: 1, rollout: { stage: 'canary', terminals: [], state: 'active' } });
    const fingerprint = new X509Certificate(certs.cert).fingerprint256;
    const staged = await publish(await signed(2), '--platform-sha256', fingerprint, '--stage', 'region', '--region', '420102');
    expect(staged.status, staged.stderr).toBe(0);
    expect(JSON.parse(staged.stdout)).toMatchObject({ version: 2, rollout: { stage: 'region', regionCode: '420102000000' } });
  });

  it('refuses to send the token unpinned, or to a platform the pin does not vouch for, and says why', async () => {
    const bundle = await signed(3);
    const unpinned = await publish(bundle);
    expect(unpinned.status).toBe(2);
    expect(unpinned.stderr).toMatch(/--ca/);
    const wrongCa = await publish(bundle, '--ca', certs.otherCaFile);
    expect(wrongCa.status).toBe(1);
    expect(wrongCa.stderr).toMatch(/not the one pinned/);
    const refused = await publish(bundle, '--ca', certs.caFile, '--stage', 'canary');
    expect(refused.stderr).toMatch(/a canary stage names its terminals/);
  });
});
