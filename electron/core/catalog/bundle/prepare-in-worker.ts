import { existsSync } from 'node:fs';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CatalogDocument } from '../catalog-document.js';
import type { SearchSnapshot } from '../search.js';
import { prepareBundle, type PreparedBundle } from './prepare-bundle.js';
import type { PrepareMessage, PrepareRequest } from './prepare-wire.js';
import { BundleRefusedError, type TrustPolicy } from './verify.js';

/** Where the worker's code is and how to start it; tests running TypeScript sources name their own. */
export interface WorkerSpec {
  url: URL;
  execArgv?: string[];
}

/** The compiled worker beside this module; absent when running from sources (then: in-process). */
function compiledWorker(): WorkerSpec | undefined {
  const url = new URL('./prepare-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? { url } : undefined;
}

function wirePolicy(policy: TrustPolicy): PrepareRequest['policy'] {
  const keys = policy.keys.map((key) => new Uint8Array(key.export({ type: 'spki', format: 'der' })));
  return { keys, threshold: policy.threshold, installedVersion: policy.installedVersion, maxBytes: policy.maxBytes, now: policy.now.toISOString() };
}

/** A view, not a copy. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Gathers the streamed pieces; each message is small enough to take in one turn of the loop. */
class Assembly {
  private readonly items: CatalogDocument['items'] = [];
  private readonly entries: SearchSnapshot['entries'] = [];

  /** The prepared bundle once the last message came, else undefined; throws a refusal. */
  take(message: PrepareMessage): PreparedBundle | undefined {
    switch (message.kind) {
      case 'items':
        for (const item of message.items) this.items.push(item);
        return undefined;
      case 'entries':
        for (const entry of message.entries) this.entries.push(entry);
        return undefined;
      case 'refused':
        throw new BundleRefusedError(message.reason, message.detail, message.version);
      case 'failed':
        throw new Error(`catalog worker: ${message.message}`);
      case 'done':
        return {
          version: message.version,
          manifest: message.manifest,
          payload: asBuffer(message.payload),
          document: { items: this.items, lifeEvents: message.lifeEvents, benefits: message.benefits },
          searchIndex: { entries: this.entries },
          searchIndexBytes: asBuffer(message.searchIndexBytes),
        };
    }
  }
}

/** A megabyte copies in well under a millisecond; 40 MB in one go stalled the loop for 80 ms. */
const copySliceBytes = 1 << 20;

/** A copy the worker can own (transferred, not cloned), made a slice per turn of the loop. */
async function copyInSlices(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const copy = new Uint8Array(bytes.length);
  for (let at = 0; at < bytes.length; at += copySliceBytes) {
    copy.set(bytes.subarray(at, at + copySliceBytes), at);
    await yieldToLoop();
  }
  return copy;
}

async function runWorker(spec: WorkerSpec, bytes: Buffer, policy: TrustPolicy): Promise<PreparedBundle> {
  const copy = await copyInSlices(bytes);
  const worker = new Worker(spec.url, { execArgv: spec.execArgv ?? [] });
  const assembly = new Assembly();
  return new Promise<PreparedBundle>((resolve, reject) => {
    worker.on('message', (message: PrepareMessage) => {
      try {
        const prepared = assembly.take(message);
        if (prepared) resolve(prepared);
        // Ask for the next chunk only after this turn, so the screen's requests get in between.
        else setImmediate(() => worker.postMessage('next'));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`catalog worker exited (${code}) before finishing`)));
    worker.postMessage({ bytes: copy, policy: wirePolicy(policy) } satisfies PrepareRequest, [copy.buffer]);
  }).finally(() => void worker.terminate());
}

/**
 * Verifies and prepares a bundle in a worker thread, so the core keeps answering the screen
 * meanwhile. Without a compiled worker (sources run by a test runner) it prepares in-process.
 */
export function prepareOffThread(bytes: Buffer, policy: TrustPolicy, spec: WorkerSpec | undefined = compiledWorker()): Promise<PreparedBundle> {
  return spec ? runWorker(spec, bytes, policy) : prepareBundle(bytes, policy);
}
