import type { KeyObject } from 'node:crypto';
import { signatureHeaders, signRequest } from '../../../platform/protocol/signature.js';

/** Who this terminal is to the platform: the id it was enrolled under and its own Ed25519 key. */
export interface Credentials {
  terminalId: string;
  privateKey: KeyObject;
}

/**
 * The headers that make a request this terminal's: its id, the time, and its signature over the
 * method, path, time and body. Every terminal request is signed here, the catalog pulls included.
 */
export function signedHeaders(credentials: Credentials, method: string, path: string, body: string | Buffer): Record<string, string> {
  const time = new Date().toISOString();
  return {
    [signatureHeaders.terminal]: credentials.terminalId,
    [signatureHeaders.time]: time,
    [signatureHeaders.signature]: signRequest(credentials.privateKey, method, path, time, body),
  };
}
