import { randomBytes, sign, type KeyObject } from 'node:crypto';
import { appCodePrefix, signingInput, type AppCodePayload } from './token.js';

export interface AppCodeClaims {
  idNumber: string;
  name: string;
  issuedAt: Date;
  expiresAt: Date;
  /** Default: 16 random bytes. */
  nonce?: string;
}

/**
 * The province's side, for the simulator and tests: what 鄂汇办 shows. It signs what it is given,
 * a bad ID number or an expired time too, so a technician can see each refusal on the screen.
 */
export function signAppCode(privateKey: KeyObject, claims: AppCodeClaims): string {
  const payload: AppCodePayload = {
    v: 1,
    idNumber: claims.idNumber,
    name: claims.name,
    issuedAt: Math.floor(claims.issuedAt.getTime() / 1000),
    expiresAt: Math.floor(claims.expiresAt.getTime() / 1000),
    nonce: claims.nonce ?? randomBytes(16).toString('base64url'),
  };
  const encoded = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  const signature = sign(null, signingInput(encoded), privateKey).toString('base64url');
  return `${appCodePrefix}.${encoded}.${signature}`;
}
