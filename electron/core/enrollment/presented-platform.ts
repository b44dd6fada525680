import type { X509Certificate } from 'node:crypto';
import type { PresentedPlatform } from '../../api/enrollment.js';
import { peerCertificate } from '../uplink/presented-certificate.js';
import { checkedPlatformUrl, PlatformAddressError } from '../uplink/platform-link.js';

/** "CN=tongban platform" rather than node's one field a line. */
function oneLine(name: string): string {
  return name.split('\n').filter(Boolean).join(', ').slice(0, 400);
}

export function certificateView(certificate: X509Certificate): PresentedPlatform {
  return { kind: 'tls', sha256: certificate.fingerprint256, subject: oneLine(certificate.subject), issuer: oneLine(certificate.issuer), validTo: certificate.validTo };
}

/**
 * What the platform at this address presents, before a token goes anywhere: an https:// platform's
 * certificate, for the technician to hold against the fingerprint the admin gave; http:// only on
 * this machine (the address check refuses it elsewhere, as enrollment would).
 */
export async function presentedPlatform(platformUrl: string, timeoutMs?: number): Promise<PresentedPlatform> {
  const https = platformUrl.toLowerCase().startsWith('https:');
  // An https:// address is checked as if pinned: the pin is what this step is about to find.
  checkedPlatformUrl({ url: platformUrl, ...(https && { ca: '' }) });
  if (!https) return { kind: 'loopback' };
  try {
    return certificateView(await peerCertificate(platformUrl, timeoutMs));
  } catch (error) {
    if (error instanceof PlatformAddressError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new PlatformAddressError(`无法连接平台，请核对地址和网络：${platformUrl}`, `the platform at ${platformUrl} cannot be reached (${detail}): check the address and the network`);
  }
}
