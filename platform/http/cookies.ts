import type { FastifyRequest } from 'fastify';

/** The value of one cookie the request carries (RFC 6265 `name=value; ...`), undefined when absent. */
export function cookieOf(request: FastifyRequest, name: string): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

export interface CookieOptions {
  /** Only over HTTPS: true whenever the platform serves TLS. */
  secure: boolean;
  /** 0 removes the cookie; absent, it lasts until the browser closes. */
  maxAgeSeconds?: number;
}

/**
 * A cookie scripts cannot read (HttpOnly) and other sites' pages cannot send (SameSite=Strict).
 * `value` must be cookie-safe already (our values are base64url).
 */
export function sessionCookieHeader(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (options.secure) parts.push('Secure');
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  return parts.join('; ');
}
