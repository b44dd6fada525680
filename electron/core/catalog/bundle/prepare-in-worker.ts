import { existsSync } from 'node:fs';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CatalogDocument } from '../catalog-document.js';
import type { SearchSnapshot } from '../search.js';
import { prepareBundle, type PreparedBundle } from './prepare-bundle.js';
import { nextPlease, type PrepareMessage, type PrepareRequest, type ToWorker } from './prepare-wire.js';
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

/** Gathers the streamed runs; each is small enough to parse in one turn of the loop. */
class Assembly {
  private readonly items: CatalogDocument['items'] = [];
  private readonly entries: SearchSnapshot['entries'] = [];

  constructor(private readonly bytes: Buffer) {}

  /** The prepared bundle once the last message came, else undefined; throws a refusal. */
  take(message: PrepareMessage): PreparedBundle | undefined {
    switch (message.kind) {
      case 'ready':
        return undefined;
      case 'checked':
        for (const item of JSON.parse(message.items) as CatalogDocument['items']) this.items.push(item);
        for (const entry of JSON.parse(message.entries) as SearchSnapshot['entries']) this.entries.push(entry);
        return undefined;
      case 'refused':
        throw new BundleRefusedError(message.reason, message.detail, message.version);
      case 'failed':
        throw new Error(`catalog worker: ${message.message}`);
      case 'done':
        return {
          version: message.version,
          manifest: message.manifest,
          payload: this.bytes.subarray(message.payloadOffset),
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

/**
 * Verifies and prepares bundles in one worker thread started with the core and kept warm, so a
 * bundle that arrives is not kept waiting for a thread to start and load its schemas and pinyin
 * dictionary, and the core keeps answering the screen meanwhile. The idle worker does not keep the
 * process alive; close() ends it. Without a compiled worker (sources run by a test runner) it
 * prepares in-process.
 */
export class CatalogPreparer {
  private worker: Worker | undefined;
  private warmed: Promise<void> = Promise.resolve();
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly spec: WorkerSpec | undefined = compiledWorker()) {
    if (spec) this.start(spec);
  }

  /** Resolves once the worker has loaded and warmed up: what a kiosk's worker did long before any bundle came. */
  ready(): Promise<void> {
    return this.warmed;
  }

  /** One bundle at a time: a second waits for the first. */
  prepare(bytes: Buffer, policy: TrustPolicy): Promise<PreparedBundle> {
    const prepared = this.turn.then(() => (this.spec ? this.inWorker(this.spec, bytes, policy) : prepareBundle(bytes, policy)));
    this.turn = prepared.catch(() => undefined);
    return prepared;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(spec: WorkerSpec): Worker {
    const worker = new Worker(spec.url, { execArgv: spec.execArgv ?? [] });
    worker.unref();
    // Its first message says it is ready; one that dies first is started again for the next bundle.
    this.warmed = new Promise<void>((resolve) => worker.once('message', () => resolve()).once('exit', () => resolve()));
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    worker.on('error', () => undefined); // reported to the bundle it was preparing, if any (below)
    this.worker = worker;
    return worker;
  }

  private async inWorker(spec: WorkerSpec, bytes: Buffer, policy: TrustPolicy): Promise<PreparedBundle> {
    const copy = await copyInSlices(bytes);
    const worker = this.worker ?? this.start(spec);
    worker.ref(); // while it works for us, a waiting caller keeps the process alive
    try {
      return await this.exchange(worker, bytes, copy, wirePolicy(policy));
    } catch (error) {
      // Its state is unknown after a failure: the next bundle gets a fresh worker.
      if (!(error instanceof BundleRefusedError)) await this.close();
      throw error;
    } finally {
      worker.unref();
    }
  }

  private exchange(worker: Worker, bytes: Buffer, copy: Uint8Array<ArrayBuffer>, policy: PrepareRequest['policy']): Promise<PreparedBundle> {
    const assembly = new Assembly(bytes);
    return new Promise<PreparedBundle>((resolve, reject) => {
      const stop = () => worker.off('message', onMessage).off('error', fail).off('exit', onExit);
      const fail = (error: Error) => {
        stop();
        reject(error);
      };
      const onExit = (code: number) => fail(new Error(`catalog worker exited (${code}) before finishing`));
      const onMessage = (message: PrepareMessage) => {
        let prepared: PreparedBundle | undefined;
        try {
          prepared = assembly.take(message);
        } catch (error) {
          return fail(error instanceof Error ? error : new Error(String(error)));
        }
        if (prepared) {
          stop();
          resolve(prepared);
        } else if (message.kind === 'checked') {
          // Ask for the next run only after this turn, so the screen's requests get in between.
          setImmediate(() => worker.postMessage(nextPlease satisfies ToWorker));
        }
      };
      worker.on('message', onMessage).on('error', fail).on('exit', onExit);
      worker.postMessage({ bytes: copy, policy } satisfies ToWorker, [copy.buffer]);
    });
  }
}
