import type { CatalogDocument } from '../catalog-document.js';
import type { RefusalReason } from '../../../../platform/protocol/catalog.js';

/** The trust policy as it crosses to the worker: keys as SPKI DER, the clock as ISO 8601. */
export interface WirePolicy {
  keys: Uint8Array[];
  threshold: number;
  installedVersion: number;
  maxBytes: number;
  now: string;
}

export interface PrepareRequest {
  bytes: Uint8Array;
  policy: WirePolicy;
}

/** The core asks for each next message only once it has taken the last, so they never pile up on its loop. */
export const nextPlease = 'next';

export type ToWorker = PrepareRequest | typeof nextPlease;

/**
 * What the worker sends back. Checked items and their index entries come as JSON text a run at a
 * time while later runs are still being checked: the core parses text three times faster than it
 * deserialises the same objects cloned, and each run takes one short turn of its loop.
 */
export type PrepareMessage =
  /** Loaded, its schemas and pinyin dictionary warmed on the demo catalog: a bundle is prepared at full speed. */
  | { kind: 'ready' }
  | { kind: 'checked'; items: string; entries: string }
  | {
      kind: 'done';
      version: number;
      manifest: string;
      /** Where the payload starts in the bundle's bytes, which the core still holds. */
      payloadOffset: number;
      lifeEvents: CatalogDocument['lifeEvents'];
      benefits: CatalogDocument['benefits'];
      /** Bytes, not a string: transferred, not copied, and written to the store as they are. */
      searchIndexBytes: Uint8Array;
    }
  | { kind: 'refused'; reason: RefusalReason; detail: string; version: number }
  | { kind: 'failed'; message: string };
