import { createHash, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { joinBundle, type CatalogManifest } from './catalog.js';
import { keyIdOf } from './bundle-verify.js';

export interface SignOptions {
  version: number;
  expires: Date;
  scope: string;
  created?: Date;
}

/** Signs the manifest string with each key; the payload is bound to it by length and hash. */
export function signBundle(payload: Buffer, keys: readonly KeyObject[], options: SignOptions): Buffer {
  const manifest: CatalogManifest = {
    type: 'tongban.catalog',
    version: options.version,
    created: (options.created ?? new Date()).toISOString(),
    expires: options.expires.toISOString(),
    scope: options.scope,
    payload: { length: payload.length, sha256: createHash('sha256').update(payload).digest('hex') },
  };
  const text = JSON.stringify(manifest);
  const signatures = keys.map((key) => ({
    keyId: keyIdOf(createPublicKey(key)),
    signature: sign(null, Buffer.from(text, 'utf8'), key).toString('base64'),
  }));
  return joinBundle({ manifest: text, signatures }, payload);
}
