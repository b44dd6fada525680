import type { CatalogDocument } from '../catalog-document.js';
import type { Span } from './json-spans.js';
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

/**
 * What the worker sends back. Checked items come a run at a time while later runs are still being
 * checked, as where their text lies in the bundle the core still holds: the core parses text three
 * times faster than it deserialises the same objects cloned, the text needs no serialising again
 * (the schemas transform nothing, so the checked items are the text's). Being a few bytes each,
 * they can be sent as fast as runs pass: the core queues them and takes one per turn of its loop,
 * parsing and indexing that run.
 */
export type PrepareMessage =
  /** Loaded, its schemas warmed on the demo catalog: a bundle is checked at full speed. */
  | { kind: 'ready' }
  | { kind: 'checked'; items: Span }
  | {
      kind: 'done';
      version: number;
      manifest: string;
      /** Where the payload starts in the bundle's bytes, which the core still holds. */
      payloadOffset: number;
      lifeEvents: CatalogDocument['lifeEvents'];
      benefits: CatalogDocument['benefits'];
      situations: CatalogDocument['situations'];
    }
  | { kind: 'refused'; reason: RefusalReason; detail: string; version: number }
  | { kind: 'failed'; message: string };
