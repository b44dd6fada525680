import type { CDPSession } from 'playwright-core';

/** A renderer heap snapshot's self sizes, in MB, split by what holds them. */
export interface HeapParts {
  /** Machine code, bytecode, feedback and deopt data: what V8's compilers add as functions warm up. */
  compiled: number;
  /** Blink's own records (performance entries, DevTools' network log): buffers Chromium caps. */
  native: number;
  /** Objects, arrays, strings, closures, contexts, shapes: what the kiosk's code keeps. */
  own: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** Takes a heap snapshot of the page (after a full collection) and sums it by kind. */
export async function heapParts(cdp: CDPSession): Promise<HeapParts> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }): void => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  return partsOf(JSON.parse(chunks.join('')) as Snapshot);
}

function partsOf(snap: Snapshot): HeapParts {
  const fields = snap.snapshot.meta.node_fields;
  const [types] = snap.snapshot.meta.node_types;
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const parts: HeapParts = { compiled: 0, native: 0, own: 0 };
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt] ?? -1] ?? '';
    const size = (snap.nodes[i + sizeAt] ?? 0) / 1e6;
    if (type === 'code') parts.compiled += size;
    else if (type === 'native') parts.native += size;
    else parts.own += size;
  }
  return parts;
}
