import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';

/** What the check reads of the certificate Electron says a server presented, its issuers chained on. */
export interface PresentedCertificate {
  data: string;
  issuerCert?: PresentedCertificate | null;
}

/** Chromium's words for a certificate verify proc: 0 trusts the connection, -2 refuses it. */
export const trusted = 0;
export const refused = -2;

/** Longer chains than this are no platform's: the walk stops there. */
const maxChain = 8;

function chainOf(presented: PresentedCertificate): X509Certificate[] {
  const chain: X509Certificate[] = [];
  for (let next: PresentedCertificate | null | undefined = presented; next && chain.length < maxChain; next = next.issuerCert) {
    const certificate = new X509Certificate(next.data);
    if (chain.at(-1)?.raw.equals(certificate.raw)) break; // a self-signed root is its own issuer
    chain.push(certificate);
  }
  return chain;
}

const names = (leaf: X509Certificate, hostname: string): boolean =>
  (isIP(hostname) ? leaf.checkIP(hostname) : leaf.checkHost(hostname)) !== undefined;

const current = (certificate: X509Certificate, now: Date): boolean =>
  new Date(certificate.validFrom) <= now && now <= new Date(certificate.validTo);

const signedBy = (certificate: X509Certificate, issuer: X509Certificate): boolean =>
  certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey);

/**
 * The trust the core gives the platform (the certificate or CA pinned at enrollment, nothing
 * else), for the connections Chromium makes for app updates: the certificate must name the host,
 * be current, and be the pinned one or chain to it by signatures checked here.
 */
export function pinnedVerdict(hostname: string, presented: PresentedCertificate, pinnedPem: string, now = new Date()): number {
  const pinned = new X509Certificate(pinnedPem);
  const chain = chainOf(presented);
  const leaf = chain[0];
  if (leaf === undefined || !names(leaf, hostname)) return refused;
  for (const [index, certificate] of chain.entries()) {
    if (!current(certificate, now)) return refused;
    if (certificate.raw.equals(pinned.raw) || signedBy(certificate, pinned)) return trusted;
    const issuer = chain[index + 1];
    if (issuer === undefined || !signedBy(certificate, issuer)) return refused;
  }
  return refused;
}
