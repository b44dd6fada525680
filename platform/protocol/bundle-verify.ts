import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { MalformedBundleError, splitBundle, type CatalogManifest, type RefusalReason, type SplitBundle } from './catalog.js';
import type { CatalogTrust } from './enroll.js';

/** A key's id: the first 16 hex digits of the SHA-256 of its SPKI DER, as written in a bundle. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

/** A bundle this terminal (or the platform, on publishing) will not take, and why, in words a technician can act on. */
export class BundleRefusedError extends Error {
  override name = 'BundleRefusedError';
  // Plain fields, not parameter properties: the worker runs this file under Node's type stripping in tests.
  readonly reason: RefusalReason;
  readonly version: number;
  constructor(reason: RefusalReason, detail: string, version = 0) {
    super(`${reason}: ${detail}`);
    this.reason = reason;
    this.version = version;
  }
}

export interface TrustPolicy {
  /** The admin keys whose signatures count; held off the platform, so a breach of it cannot sign. */
  keys: readonly KeyObject[];
  /** How many distinct trusted keys must sign; never fewer than one, whatever is asked. */
  threshold: number;
  /** The highest version ever applied here (on the platform: published): nothing at or below it is taken (rollback). */
  installedVersion: number;
  /** Largest bundle taken, in bytes. */
  maxBytes: number;
  now: Date;
}

/** A trust set as enrollment hands it to terminals, as keys to verify with. */
export function trustedKeys(trust: CatalogTrust): KeyObject[] {
  return trust.keys.map((spki) => createPublicKey({ key: Buffer.from(spki, 'base64'), format: 'der', type: 'spki' }));
}

export const defaultMaxBundleBytes = 64 * 1024 * 1024;

function countTrusted(split: SplitBundle, trust: readonly KeyObject[]): { valid: number; untrusted: number } {
  const byId = new Map(trust.map((key) => [keyIdOf(key), key]));
  const message = Buffer.from(split.header.manifest, 'utf8');
  const counted = new Set<string>();
  let untrusted = 0;
  for (const { keyId, signature } of split.header.signatures) {
    const key = byId.get(keyId);
    if (!key) untrusted++;
    else if (!counted.has(keyId) && verify(null, message, key, Buffer.from(signature, 'base64'))) counted.add(keyId);
  }
  return { valid: counted.size, untrusted };
}

function checkSignatures(split: SplitBundle, policy: TrustPolicy): void {
  const { valid, untrusted } = countTrusted(split, policy.keys);
  const v = split.manifest.version;
  // A threshold of 0 (`tongban catalog verify --threshold 0`, a trust root enrolled with none) would take an unsigned bundle.
  const required = Math.max(1, policy.threshold);
  if (valid >= required) return;
  if (valid === 0 && untrusted > 0) throw new BundleRefusedError('untrusted_key', `signed only by keys not in the trust set (${untrusted})`, v);
  throw new BundleRefusedError('threshold', `${valid} valid trusted signature(s), ${required} required`, v);
}

function checkFreshness(manifest: CatalogManifest, policy: TrustPolicy): void {
  const v = manifest.version;
  if (v <= policy.installedVersion) throw new BundleRefusedError('rollback', `version ${v} is not above installed version ${policy.installedVersion}`, v);
  if (Date.parse(manifest.expires) <= policy.now.getTime()) throw new BundleRefusedError('expired', `expired ${manifest.expires} (clock ${policy.now.toISOString()})`, v);
}

function checkPayload(split: SplitBundle, policy: TrustPolicy): void {
  const { manifest, payload } = split;
  const v = manifest.version;
  if (manifest.payload.length > policy.maxBytes) throw new BundleRefusedError('too_large', `payload of ${manifest.payload.length} bytes is over the limit of ${policy.maxBytes}`, v);
  if (payload.length !== manifest.payload.length) throw new BundleRefusedError('payload_length', `payload is ${payload.length} bytes, manifest says ${manifest.payload.length}`, v);
  const sha256 = createHash('sha256').update(payload).digest('hex');
  if (sha256 !== manifest.payload.sha256) throw new BundleRefusedError('payload_hash', `payload SHA-256 ${sha256.slice(0, 12)}… differs from the manifest's`, v);
}

/**
 * Everything but the catalog's own schema, in the order that trusts the bundle least longest:
 * size before parsing, signatures before believing the manifest, then version, expiry and payload.
 */
export function verifyBundle(bytes: Buffer, policy: TrustPolicy): SplitBundle {
  if (bytes.length > policy.maxBytes + 8192) throw new BundleRefusedError('too_large', `bundle of ${bytes.length} bytes is over the limit of ${policy.maxBytes}`);
  let split: SplitBundle;
  try {
    split = splitBundle(bytes);
  } catch (error) {
    if (error instanceof MalformedBundleError) throw new BundleRefusedError('malformed', error.message);
    throw error;
  }
  checkSignatures(split, policy);
  checkFreshness(split.manifest, policy);
  checkPayload(split, policy);
  return split;
}
