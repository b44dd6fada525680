// Certificates for TLS tests, made by Debian's openssl in a temporary folder: a CA that signs the
// platform's certificate for 127.0.0.1, and another CA that signs nothing this platform presents.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificates {
  dir: string;
  /** Files, for the command line. */
  caFile: string;
  otherCaFile: string;
  certFile: string;
  keyFile: string;
  /** PEM text, for code. */
  ca: string;
  otherCa: string;
  cert: string;
  key: string;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

function makeCa(dir: string, name: string): void {
  openssl(dir, ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '2', '-subj', `/CN=${name}`]);
}

export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-tls-'));
  makeCa(dir, 'ca');
  makeCa(dir, 'other-ca');
  openssl(dir, ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'platform.key', '-out', 'platform.csr', '-subj', '/CN=tongban platform']);
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  openssl(dir, ['x509', '-req', '-in', 'platform.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'san.ext', '-out', 'platform.pem']);
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  return {
    dir,
    caFile: join(dir, 'ca.pem'),
    otherCaFile: join(dir, 'other-ca.pem'),
    certFile: join(dir, 'platform.pem'),
    keyFile: join(dir, 'platform.key'),
    ca: read('ca.pem'),
    otherCa: read('other-ca.pem'),
    cert: read('platform.pem'),
    key: read('platform.key'),
  };
}
