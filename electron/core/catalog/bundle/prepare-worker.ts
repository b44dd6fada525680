// Worker thread entry: started with the core and kept warm, it verifies and checks each bundle off
// the core's event loop and says a run of items at a time which ones passed.
import { createPublicKey } from 'node:crypto';
import { parentPort, type MessagePort } from 'node:worker_threads';
import { demoCatalog } from '../demo/demo-catalog.js';
import { checkDocument, readDocument } from './read-document.js';
import type { PrepareMessage, PrepareRequest, WirePolicy } from './prepare-wire.js';
import { BundleRefusedError, verifyBundle, type TrustPolicy } from '../../../../platform/protocol/bundle-verify.js';

function trustPolicyOf(policy: WirePolicy): TrustPolicy {
  const keys = policy.keys.map((der) => createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' }));
  return { ...policy, keys, now: new Date(policy.now) };
}

async function prepare(request: PrepareRequest, post: (message: PrepareMessage) => void): Promise<void> {
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  const split = verifyBundle(bytes, trustPolicyOf(request.policy));
  const payloadOffset = bytes.length - split.payload.length;
  const { lifeEvents, benefits, situations } = await checkDocument(split.payload, split.manifest.version, async (run) => {
    post({ kind: 'checked', items: { start: payloadOffset + run.span.start, end: payloadOffset + run.span.end } });
  });
  post({ kind: 'done', version: split.manifest.version, manifest: split.header.manifest, payloadOffset, lifeEvents, benefits, situations });
}

function failure(error: unknown): PrepareMessage {
  if (error instanceof BundleRefusedError) return { kind: 'refused', reason: error.reason, detail: error.message.replace(`${error.reason}: `, ''), version: error.version };
  return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
}

/** The first catalog checked cold took twice as long: load and exercise the schemas once, at start. */
async function warmUp(): Promise<void> {
  await readDocument(Buffer.from(JSON.stringify(demoCatalog)), 0);
}

function serve(port: MessagePort): void {
  const post = (message: PrepareMessage) => port.postMessage(message);
  let queue = warmUp().then(() => post({ kind: 'ready' }));
  port.on('message', (request: PrepareRequest) => {
    queue = queue.then(() => prepare(request, post).catch((error: unknown) => post(failure(error))));
  });
}

if (parentPort) serve(parentPort);
