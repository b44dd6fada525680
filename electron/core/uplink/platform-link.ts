import { isIPv4 } from 'node:net';

/** Where the platform is and how far this terminal trusts what answers there. */
export interface PlatformLink {
  url: string;
  /**
   * PEM: the platform's own certificate or the CA that signs it, recorded at enrollment. It is the
   * only one trusted for https://, not the system's CAs: a terminal talks to its platform alone.
   */
  ca?: string | undefined;
  /** Plain http:// to an address other than loopback, when the configuration says so explicitly. */
  allowPlainHttp?: boolean | undefined;
}

/** The platform address or its trust cannot be used; nothing was sent anywhere. */
export class PlatformAddressError extends Error {
  constructor(
    zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = 'PlatformAddressError';
  }
}

/** Cases carry names and ID numbers: they leave this machine only encrypted. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || (isIPv4(hostname) && hostname.startsWith('127.'));
}

/**
 * The platform's URL, checked before anything connects: http:// or https:// only, plain http
 * only to loopback (unless allowed), https only with a pinned certificate.
 */
export function checkedPlatformUrl(link: PlatformLink): URL {
  const url = URL.canParse(link.url) ? new URL(link.url) : undefined;
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
    throw new PlatformAddressError(`平台地址须以 https:// 开头（本机可用 http://）：${link.url}`, `platform address needs https:// (or http:// on loopback): ${link.url}`);
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname) && link.allowPlainHttp !== true) {
    throw new PlatformAddressError(
      `不经加密连接平台只限本机：${link.url}`,
      `plain http:// is only for loopback, cases carry names and ID numbers: use https:// (${link.url}), or set platform.allowPlainHttp: true in the configuration`,
    );
  }
  if (url.protocol === 'https:' && link.ca === undefined) {
    throw new PlatformAddressError(
      `未记录平台证书：${link.url}`,
      `no certificate pinned for ${link.url}: enroll with --ca FILE (the platform's certificate or its CA)`,
    );
  }
  return url;
}
