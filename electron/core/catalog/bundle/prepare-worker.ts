// Worker thread entry: started with the core and kept warm, it prepares each bundle off the
// core's event loop and streams the result back a run of items at a time.
import { createPublicKey } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { parentPort, type MessagePort, type Transferable } from 'node:worker_threads';
import { demoCatalog } from '../demo/demo-catalog.js';
import { entryReader, type Searchable } from '../search.js';
import { readDocument } from './read-document.js';
import { nextPlease, type PrepareMessage, type PrepareRequest, type ToWorker, type WirePolicy } from './prepare-wire.js';
import { BundleRefusedError, verifyBundle, type TrustPolicy } from './verify.js';

/** Posts one message per "next" from the core; the rest wait here, not on the core's loop. */
class Outbox {
  private readonly waiting: { message: PrepareMessage; transfer: Transferable[] }[] = [];
  private granted = 1;
  // A plain field, not a parameter property: tests run this file under Node's type stripping.
  private readonly port: MessagePort;

  constructor(port: MessagePort) {
    this.port = port;
  }

  post(message: PrepareMessage, transfer: Transferable[] = []): void {
    this.waiting.push({ message, transfer });
    this.flush();
  }

  grant(): void {
    this.granted++;
    this.flush();
  }

  private flush(): void {
    while (this.granted > 0) {
      const next = this.waiting.shift();
      if (!next) return;
      this.granted--;
      this.port.postMessage(next.message, next.transfer);
    }
  }
}

function trustPolicyOf(policy: WirePolicy): TrustPolicy {
  const keys = policy.keys.map((der) => createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' }));
  return { ...policy, keys, now: new Date(policy.now) };
}

async function prepare(request: PrepareRequest, outbox: Outbox): Promise<void> {
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  const split = verifyBundle(bytes, trustPolicyOf(request.policy));
  const read = entryReader();
  // The stored index is these runs of entries joined: the same text as the whole snapshot stringified.
  const entryRuns: string[] = [];
  const send = async (items: Searchable[], what: 'items' | 'life events') => {
    const entries = JSON.stringify(read(items));
    if (items.length > 0) entryRuns.push(entries.slice(1, -1));
    outbox.post({ kind: 'checked', items: what === 'items' ? JSON.stringify(items) : '[]', entries });
    await yieldToLoop(); // lets the core's "next" in
  };
  const { lifeEvents, benefits } = await readDocument(split.payload, split.manifest.version, (items) => send(items, 'items'));
  await send(lifeEvents, 'life events');
  const searchIndexBytes = new TextEncoder().encode(`{"entries":[${entryRuns.join(',')}]}`);
  const { version } = split.manifest;
  const payloadOffset = bytes.length - split.payload.length;
  outbox.post({ kind: 'done', version, manifest: split.header.manifest, payloadOffset, lifeEvents, benefits, searchIndexBytes }, [searchIndexBytes.buffer]);
}

function failure(error: unknown): PrepareMessage {
  if (error instanceof BundleRefusedError) return { kind: 'refused', reason: error.reason, detail: error.message.replace(`${error.reason}: `, ''), version: error.version };
  return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
}

/** The first catalog parsed cold took twice as long: load and exercise schemas and pinyin once, at start. */
async function warmUp(): Promise<void> {
  const document = await readDocument(Buffer.from(JSON.stringify(demoCatalog)), 0);
  entryReader()([...document.items, ...document.lifeEvents]);
}

function serve(port: MessagePort): void {
  let outbox = new Outbox(port);
  let queue = warmUp().then(() => port.postMessage({ kind: 'ready' } satisfies PrepareMessage));
  port.on('message', (message: ToWorker) => {
    if (message === nextPlease) return outbox.grant();
    queue = queue.then(async () => {
      outbox = new Outbox(port);
      await prepare(message, outbox).catch((error: unknown) => outbox.post(failure(error)));
    });
  });
}

if (parentPort) serve(parentPort);
