import { readFileSync } from 'node:fs';
import { isCertificatePem } from '../electron/core/config/core-config.js';
import { presentedCertificate } from '../electron/core/uplink/presented-certificate.js';
import { UsageError } from './fail.js';

/** The platform's certificate or CA, from a file. */
function pinnedCertificate(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--ca ${file} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (!isCertificatePem(pem)) throw new UsageError(`--ca ${file} is not a PEM certificate (the platform's certificate or its CA)`);
  return pem;
}

/**
 * What an https:// platform is pinned to, as `tongban enroll` and `tongban catalog publish` take
 * it: a certificate file (--ca), or the one it presents if its fingerprint is the operator's
 * (--platform-sha256).
 */
export async function platformPin(platformUrl: string, caFile: string | undefined, sha256: string | undefined, usage: string): Promise<string | undefined> {
  if (caFile !== undefined && sha256 !== undefined) throw new UsageError(`--ca and --platform-sha256 are two ways to pin the platform: give one\nusage: ${usage}`);
  return sha256 === undefined ? pinnedCertificate(caFile) : presentedCertificate(platformUrl, sha256);
}
