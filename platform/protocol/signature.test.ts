import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeSignature, signRequest } from './signature.js';

describe('request signatures', () => {
  it('are written by the signer (the kiosk signs with it) in the one spelling the platform accepts', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    for (let i = 0; i < 200; i += 1) {
      const signature = signRequest(privateKey, 'POST', `/v1/heartbeats?n=${i}`, new Date(i).toISOString(), `{"n":${i}}`);
      expect(decodeSignature(signature)?.toString('base64')).toBe(signature);
    }
  });

  it('are refused in any other spelling, and at any length but 64 bytes', () => {
    const canonical = Buffer.alloc(64, 0xfb).toString('base64');
    expect(decodeSignature(canonical)).toHaveLength(64);
    for (const spelt of [canonical.slice(0, -2), `${canonical}=`, canonical.replaceAll('+', '-').replaceAll('/', '_'), ` ${canonical}`, `${canonical}AA==`]) {
      expect(decodeSignature(spelt), spelt).toBeUndefined();
    }
    expect(decodeSignature(Buffer.alloc(63).toString('base64'))).toBeUndefined();
    expect(decodeSignature(Buffer.alloc(65).toString('base64'))).toBeUndefined();
    // The last character carries 4 spare bits: any but the zero ones decode to the same bytes.
    expect(decodeSignature(`${canonical.slice(0, 85)}x==`)).toBeUndefined();
  });
});
