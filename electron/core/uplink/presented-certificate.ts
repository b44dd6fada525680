import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { connect } from 'node:tls';
import { PlatformAddressError } from './platform-link.js';

/** "AB:CD:…" or "abcd…": the same SHA-256, as people copy it. */
function normalized(fingerprint: string): string {
  return fingerprint.replaceAll(':', '').toLowerCase();
}

/**
 * The certificate an https:// platform presents now, accepted only when its SHA-256 is the one
 * the operator read off the platform (`tongban platform` prints it): trust on first use, with the
 * operator's eyes instead of luck. Returned as PEM, to be pinned like a --ca file.
 */
export async function presentedCertificate(platformUrl: string, sha256: string): Promise<string> {
  const certificate = await peerCertificate(platformUrl);
  if (normalized(certificate.fingerprint256) !== normalized(sha256)) {
    throw new PlatformAddressError(
      `平台出示的证书与给定的指纹不符`,
      `the platform presented a certificate with SHA-256 ${certificate.fingerprint256}, not the ${sha256} given: check the address and the fingerprint`,
    );
  }
  return certificate.toString();
}

/**
 * The certificate an https:// platform presents, unverified on purpose: the caller compares it
 * with what it trusts (a fingerprint, the pin). Nothing is sent over the connection.
 */
export async function peerCertificate(platformUrl: string, timeoutMs = 10_000): Promise<X509Certificate> {
  const url = URL.canParse(platformUrl) ? new URL(platformUrl) : undefined;
  if (url?.protocol !== 'https:') throw new PlatformAddressError(`只有 https:// 平台才有证书：${platformUrl}`, `only an https:// platform presents a certificate: ${platformUrl}`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const raw = await new Promise<Buffer>((resolve, reject) => {
    // SNI carries names only (RFC 6066): an address is connected to without one.
    const socket = connect({ host, port: Number(url.port || 443), rejectUnauthorized: false, ...(isIP(host) === 0 && { servername: host }) }, () => {
      resolve(socket.getPeerCertificate().raw);
      socket.end();
    });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no TLS answer within ${timeoutMs / 1000} s`)));
    socket.once('error', reject);
  });
  return new X509Certificate(raw);
}
