import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTestCertificates } from '../../tests/support/test-certificates.js';
import { pinnedVerdict, refused, trusted } from './pinned-certificate.js';

const certificates = makeTestCertificates();
afterAll(() => rmSync(certificates.dir, { recursive: true, force: true }));

/**
 * A certificate for 127.0.0.1 whose issuer is named like the pinned CA (CN=ca, no key identifiers
 * to tell them apart) but signed by another key: what a machine in the middle would present.
 */
function impostor(): string {
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: certificates.dir, stdio: 'ignore' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  run(['req', '-x509', ...ec, '-keyout', 'lookalike.key', '-out', 'lookalike.pem', '-days', '2', '-subj', '/CN=ca']);
  run(['req', ...ec, '-keyout', 'impostor.key', '-out', 'impostor.csr', '-subj', '/CN=tongban platform']);
  writeFileSync(join(certificates.dir, 'impostor.ext'), 'subjectAltName=IP:127.0.0.1\nauthorityKeyIdentifier=none\nsubjectKeyIdentifier=none\n');
  run(['x509', '-req', '-in', 'impostor.csr', '-CA', 'lookalike.pem', '-CAkey', 'lookalike.key', '-CAcreateserial', '-days', '2', '-extfile', 'impostor.ext', '-out', 'impostor.pem']);
  return readFileSync(join(certificates.dir, 'impostor.pem'), 'utf8');
}

/** As Electron hands it over: the leaf, its issuer chained on. */
const platformChain = { data: certificates.cert, issuerCert: { data: certificates.ca, issuerCert: null } };

describe('the update feed’s certificate, against the one pinned at enrollment', () => {
  it('is trusted when the platform’s certificate chains to the pinned CA and names the address', () => {
    expect(pinnedVerdict('127.0.0.1', platformChain, certificates.ca)).toBe(trusted);
    expect(pinnedVerdict('127.0.0.1', { data: certificates.cert }, certificates.ca)).toBe(trusted);
  });

  it('is trusted when it is the pinned certificate itself (enrolled with --platform-sha256)', () => {
    expect(pinnedVerdict('localhost', platformChain, certificates.cert)).toBe(trusted);
  });

  it('is refused from another CA, for another name, or out of its dates', () => {
    expect(pinnedVerdict('127.0.0.1', platformChain, certificates.otherCa)).toBe(refused);
    expect(pinnedVerdict('platform.example', platformChain, certificates.ca)).toBe(refused);
    expect(pinnedVerdict('127.0.0.1', platformChain, certificates.ca, new Date(Date.now() + 30 * 86_400_000))).toBe(refused);
  });

  it('is refused when a certificate only names the pinned CA as its issuer, unsigned by it', () => {
    expect(pinnedVerdict('127.0.0.1', { data: impostor(), issuerCert: { data: certificates.ca } }, certificates.ca)).toBe(refused);
  });
});
