import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { CatalogBuilder } from '../catalog-builder.js';
import { checkDocument } from './read-document.js';
import { RunIndexer, type IndexedBundle } from './run-indexer.js';
import { verifyBundle, type TrustPolicy } from '../../../../platform/protocol/bundle-verify.js';

/** Everything storing a bundle needs, worked out without touching the store; its catalog went to the builder. */
export interface PreparedBundle extends IndexedBundle {
  version: number;
  /** The manifest exactly as signed, stored beside the payload. */
  manifest: string;
  payload: Buffer;
}

/**
 * The heavy, pure part of applying a bundle in one thread: signatures, hash, schema, pinyin index,
 * feeding the builder as runs pass. Throws BundleRefusedError for any refusal. The kiosk's core
 * does this with a worker thread beside it (CatalogPreparer); this is the same, without one.
 */
export async function prepareBundle(bytes: Buffer, policy: TrustPolicy, builder: CatalogBuilder): Promise<PreparedBundle> {
  const split = verifyBundle(bytes, policy);
  const indexer = new RunIndexer(builder);
  const rest = await checkDocument(split.payload, split.manifest.version, async (run) => {
    indexer.addItems(run.entries);
    await yieldToLoop();
  });
  return { version: split.manifest.version, manifest: split.header.manifest, payload: Buffer.from(split.payload), ...indexer.finish(rest) };
}
