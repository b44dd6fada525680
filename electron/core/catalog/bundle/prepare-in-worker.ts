import { existsSync } from 'node:fs';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CatalogBuilder } from '../catalog-builder.js';
import type { CatalogItem } from '../item.js';
import { prepareBundle, type PreparedBundle } from './prepare-bundle.js';
import { RunIndexer } from './run-indexer.js';
import type { PrepareMessage, PrepareRequest } from './prepare-wire.js';
import { BundleRefusedError, type TrustPolicy } from '../../../../platform/protocol/bundle-verify.js';

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

/** Takes the streamed runs, each small enough to parse and index in one turn of the loop. */
class Assembly {
  private readonly indexer: RunIndexer;

  constructor(
    private readonly bytes: Buffer,
    builder: CatalogBuilder,
  ) {
    this.indexer = new RunIndexer(builder);
  }

  /** The prepared bundle once the last message came, else undefined; throws a refusal. */
  take(message: PrepareMessage): PreparedBundle | undefined {
    switch (message.kind) {
      case 'ready':
        return undefined;
      case 'checked':
        this.indexer.addItems(JSON.parse(`[${this.bytes.toString('utf8', message.items.start, message.items.end)}]`) as CatalogItem[]);
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
          ...this.indexer.finish({ lifeEvents: message.lifeEvents, benefits: message.benefits, situations: message.situations }),
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

  /**
   * One bundle at a time: a second waits for the first. The builder is fed the checked items and
   * their index entries as they come, so the catalog is indexed while later items are still being
   * checked; after a refusal it holds a part of the bundle and is to be dropped.
   */
  prepare(bytes: Buffer, policy: TrustPolicy, builder: CatalogBuilder): Promise<PreparedBundle> {
    const prepared = this.turn.then(() => (this.spec ? this.inWorker(this.spec, bytes, policy, builder) : prepareBundle(bytes, policy, builder)));
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

  private async inWorker(spec: WorkerSpec, bytes: Buffer, policy: TrustPolicy, builder: CatalogBuilder): Promise<PreparedBundle> {
    const copy = await copyInSlices(bytes);
    const worker = this.worker ?? this.start(spec);
    worker.ref(); // while it works for us, a waiting caller keeps the process alive
    try {
      return await this.exchange(worker, new Assembly(bytes, builder), copy, wirePolicy(policy));
    } catch (error) {
      // Its state is unknown after a failure: the next bundle gets a fresh worker.
      if (!(error instanceof BundleRefusedError)) await this.close();
      throw error;
    } finally {
      worker.unref();
    }
  }

  /**
   * Sends the bundle and takes the worker's messages as they come, queued and taken one per turn
   * of the loop: each checked run is parsed and indexed in a turn of its own, and the screen's
   * requests get in between. The worker sends as fast as runs pass, so the next is usually waiting.
   */
  private exchange(worker: Worker, assembly: Assembly, copy: Uint8Array<ArrayBuffer>, policy: PrepareRequest['policy']): Promise<PreparedBundle> {
    return new Promise<PreparedBundle>((resolve, reject) => {
      const waiting: PrepareMessage[] = [];
      let scheduled = false;
      let settled = false;
      const stop = () => {
        settled = true;
        worker.off('message', onMessage).off('error', fail).off('exit', onExit);
      };
      const fail = (error: Error) => {
        stop();
        reject(error);
      };
      const step = () => {
        scheduled = false;
        const message = waiting.shift();
        if (settled || !message) return;
        try {
          const prepared = assembly.take(message);
          if (prepared) {
            stop();
            return resolve(prepared);
          }
        } catch (error) {
          return fail(error instanceof Error ? error : new Error(String(error)));
        }
        schedule();
      };
      const schedule = () => {
        if (scheduled || waiting.length === 0) return;
        scheduled = true;
        setImmediate(step);
      };
      const onMessage = (message: PrepareMessage) => {
        // A refusal ends the bundle: the runs still queued before it need not be indexed.
        if (message.kind === 'refused' || message.kind === 'failed') waiting.length = 0;
        waiting.push(message);
        schedule();
      };
      const onExit = (code: number) => fail(new Error(`catalog worker exited (${code}) before finishing`));
      worker.on('message', onMessage).on('error', fail).on('exit', onExit);
      worker.postMessage({ bytes: copy, policy } satisfies PrepareRequest, [copy.buffer]);
    });
  }
}
