import type { KeyObject } from 'node:crypto';
import { signatureHeaders, signRequest } from '../platform/protocol/index.js';

/** Who a request is signed as: the id the platform gave at enrollment and the key it was given. */
export interface TerminalCredential {
  id: string;
  privateKey: KeyObject;
}

/** A POST signed as the kiosk signs it; `now` is the terminal's own clock, skewed or not. */
export function signedPost(baseUrl: string, terminal: TerminalCredential, path: string, payload: unknown, now: Date = new Date()): Promise<Response> {
  const body = JSON.stringify(payload);
  const time = now.toISOString();
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      [signatureHeaders.terminal]: terminal.id,
      [signatureHeaders.time]: time,
      [signatureHeaders.signature]: signRequest(terminal.privateKey, 'POST', path, time, body),
    },
  });
}
