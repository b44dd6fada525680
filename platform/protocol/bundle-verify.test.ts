// The signature, threshold and rollback checks, each attacked the way a breached platform would:
// every refusal here is paired with a bundle that passes, so a check that lets everything through
// (or nothing) fails the suite.
import { createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { joinBundle, splitBundle, type BundleHeader } from './catalog.js';
import { signBundle } from './bundle-sign.js';
import { BundleRefusedError, keyIdOf, verifyBundle, type TrustPolicy } from './bundle-verify.js';

const key = () => generateKeyPairSync('ed25519').privateKey;
const admin1 = key();
const admin2 = key();
const stranger = key();
const payload = Buffer.from('{"items":[],"lifeEvents":[],"benefits":[]}');
const now = new Date('2026-06-01T00:00:00Z');

const bundleOf = (keys: KeyObject[], version = 2) => signBundle(payload, keys, { version, expires: new Date('2027-01-01T00:00:00Z'), scope: '420100', created: now });

function policy(overrides: Partial<TrustPolicy> = {}): TrustPolicy {
  return { keys: [admin1, admin2].map((k) => createPublicKey(k)), threshold: 1, installedVersion: 1, maxBytes: 1024 * 1024, now, ...overrides };
}

/** The bundle's header rewritten, its payload untouched. */
function withHeader(bundle: Buffer, rewrite: (header: BundleHeader) => BundleHeader): Buffer {
  const split = splitBundle(bundle);
  return joinBundle(rewrite(split.header), split.payload);
}

function refusal(bundle: Buffer, trust: TrustPolicy): string {
  try {
    verifyBundle(bundle, trust);
  } catch (error) {
    if (error instanceof BundleRefusedError) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('verifying a signed catalog bundle', () => {
  it('accepts a bundle signed by a trusted key, and by two distinct trusted keys against a threshold of 2', () => {
    expect(refusal(bundleOf([admin1]), policy())).toBe('accepted');
    expect(refusal(bundleOf([admin1, admin2]), policy({ threshold: 2 }))).toBe('accepted');
    expect(verifyBundle(bundleOf([admin2]), policy()).manifest.version).toBe(2);
  });

  it('refuses a signature made by another key under a trusted key id', () => {
    const forged = withHeader(bundleOf([stranger]), (header) => ({ ...header, signatures: header.signatures.map((s) => ({ ...s, keyId: keyIdOf(createPublicKey(admin1)) })) }));
    expect(refusal(forged, policy())).toBe('threshold');
  });

  it('counts one key signing twice once toward the threshold', () => {
    expect(refusal(bundleOf([admin1, admin1]), policy({ threshold: 2 }))).toBe('threshold');
    // The same signature copied, not signed again, counts once too.
    const copied = withHeader(bundleOf([admin1]), (header) => ({ ...header, signatures: [...header.signatures, ...header.signatures] }));
    expect(refusal(copied, policy({ threshold: 2 }))).toBe('threshold');
  });

  it('refuses the installed version offered again and any older one, and takes the next', () => {
    expect(refusal(bundleOf([admin1], 1), policy({ installedVersion: 1 }))).toBe('rollback');
    expect(refusal(bundleOf([admin1], 1), policy({ installedVersion: 2 }))).toBe('rollback');
    expect(refusal(bundleOf([admin1], 2), policy({ installedVersion: 1 }))).toBe('accepted');
  });

  it('refuses a manifest changed after signing, with the payload and signatures left as they were', () => {
    const bundle = bundleOf([admin1]);
    const { manifest } = splitBundle(bundle);
    // A later version and expiry would let a breached platform replay an old catalog as new.
    const tampered = withHeader(bundle, (header) => ({ ...header, manifest: JSON.stringify({ ...manifest, version: 9, expires: '2030-01-01T00:00:00.000Z' }) }));
    expect(splitBundle(tampered).manifest.version).toBe(9);
    expect(refusal(tampered, policy())).toBe('threshold');
  });

  it('refuses a signature with one bit changed', () => {
    const tampered = withHeader(bundleOf([admin1]), (header) =>
      ({
        ...header,
        signatures: header.signatures.map((s) => {
          const bytes = Buffer.from(s.signature, 'base64');
          bytes[10] = (bytes[10] ?? 0) ^ 0x01;
          return { ...s, signature: bytes.toString('base64') };
        }),
      }),
    );
    expect(refusal(tampered, policy())).toBe('threshold');
  });

  it('takes no bundle without a valid trusted signature, even asked for a threshold of 0', () => {
    const unsigned = withHeader(bundleOf([admin1]), (header) => ({ ...header, signatures: [] }));
    expect(refusal(unsigned, policy({ threshold: 0 }))).toBe('threshold');
    expect(refusal(bundleOf([stranger]), policy({ threshold: 0 }))).toBe('untrusted_key');
    expect(refusal(bundleOf([admin1]), policy({ threshold: 0 }))).toBe('accepted');
  });

  it('says untrusted_key when only unknown keys signed, and does not let them make up a threshold', () => {
    expect(refusal(bundleOf([stranger]), policy())).toBe('untrusted_key');
    expect(refusal(bundleOf([admin1, stranger]), policy({ threshold: 2 }))).toBe('threshold');
  });

  it('checks the signature over the manifest bytes as signed, not a re-serialisation', () => {
    const bundle = bundleOf([admin1]);
    const { manifest } = splitBundle(bundle);
    // The same fields spaced differently: a different message, so the admin's signature does not cover it.
    const respaced = withHeader(bundle, (header) => ({ ...header, manifest: JSON.stringify(manifest, null, 1) }));
    expect(refusal(respaced, policy())).toBe('threshold');
    const resigned = withHeader(respaced, (header) => ({ ...header, signatures: [{ keyId: keyIdOf(createPublicKey(admin1)), signature: sign(null, Buffer.from(header.manifest), admin1).toString('base64') }] }));
    expect(refusal(resigned, policy())).toBe('accepted');
  });
});
