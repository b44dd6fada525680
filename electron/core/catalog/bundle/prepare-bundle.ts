import type { CatalogDocument } from '../catalog-document.js';
import { snapshotOf, type SearchSnapshot } from '../search.js';
import { readDocument } from './read-document.js';
import { verifyBundle, type TrustPolicy } from './verify.js';

/** Everything applying a bundle needs, worked out without touching the store. */
export interface PreparedBundle {
  version: number;
  /** The manifest exactly as signed, stored beside the payload. */
  manifest: string;
  payload: Buffer;
  document: CatalogDocument;
  searchIndex: SearchSnapshot;
  /** The index as the store keeps it (UTF-8 JSON), serialised where serialising cannot stall the core. */
  searchIndexBytes: Buffer;
}

/**
 * The heavy, pure part of applying a bundle: signatures, hash, schema, pinyin index. Throws
 * BundleRefusedError for any refusal. Runs in a worker thread in production.
 */
export async function prepareBundle(bytes: Buffer, policy: TrustPolicy): Promise<PreparedBundle> {
  const split = verifyBundle(bytes, policy);
  const document = await readDocument(split.payload, split.manifest.version);
  const searchIndex = snapshotOf([...document.items, ...document.lifeEvents]);
  return {
    version: split.manifest.version,
    manifest: split.header.manifest,
    payload: Buffer.from(split.payload),
    document,
    searchIndex,
    searchIndexBytes: Buffer.from(JSON.stringify(searchIndex), 'utf8'),
  };
}
