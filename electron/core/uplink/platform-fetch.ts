import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { checkedPlatformUrl, type PlatformLink } from './platform-link.js';

export interface PlatformRequest {
  method: 'GET' | 'POST' | 'PUT';
  headers: Record<string, string>;
  body?: string | Buffer | undefined;
  signal: AbortSignal;
}

/** One request to the platform, by path; the reply as fetch gives it. */
export type PlatformFetch = (path: string, request: PlatformRequest) => Promise<Response>;

/** The platform presented a certificate the one pinned at enrollment does not vouch for. */
export class PlatformCertificateError extends Error {
  constructor(
    readonly code: string,
    url: string,
  ) {
    super(`平台证书与注册时记录的不符 / the certificate ${url} presented is not the one pinned at enrollment (${code}): check the address, or enroll again with the platform's --ca`);
    this.name = 'PlatformCertificateError';
  }
}

// OpenSSL's verdicts on a chain, and node's on a name the certificate does not cover.
const certificateCodes = /^(ERR_TLS_CERT_ALTNAME_INVALID|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|CERT_)/;

/**
 * The one way the terminal talks to its platform: the address checked before connecting, and for
 * https:// only the pinned certificate trusted (node's `ca` replaces the system's CAs).
 */
export function platformFetch(link: PlatformLink): PlatformFetch {
  const base = checkedPlatformUrl(link);
  // allowPartialTrustChain: the pin may be the platform's own certificate, which a CA signed, not only a root.
  const agent = base.protocol === 'https:' ? new https.Agent({ keepAlive: true, ca: link.ca, allowPartialTrustChain: true }) : new http.Agent({ keepAlive: true });
  const send = base.protocol === 'https:' ? https.request : http.request;
  return (path, request) =>
    new Promise((resolve, reject) => {
      const url = new URL(path, base);
      const outgoing = send(url, { method: request.method, headers: request.headers, agent, signal: request.signal }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => resolve(asResponse(incoming, Buffer.concat(chunks))));
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        reject(error.code !== undefined && certificateCodes.test(error.code) ? new PlatformCertificateError(error.code, base.origin) : error);
      });
      outgoing.end(request.body);
    });
}

/** Statuses whose reply has no body by definition: Response refuses one for them. */
const bodiless = new Set([101, 204, 205, 304]);

function asResponse(incoming: IncomingMessage, body: Buffer): Response {
  const headers = new Headers();
  for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) headers.append(incoming.rawHeaders[i] ?? '', incoming.rawHeaders[i + 1] ?? '');
  const status = incoming.statusCode ?? 502;
  return new Response(bodiless.has(status) ? null : body, { status, headers });
}
