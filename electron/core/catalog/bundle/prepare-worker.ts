// Worker thread entry: prepares a bundle off the core's event loop and streams the result back.
import { createPublicKey } from 'node:crypto';
import { parentPort, type MessagePort } from 'node:worker_threads';
import { prepareBundle, type PreparedBundle } from './prepare-bundle.js';
import { entriesPerMessage, type PrepareMessage, type PrepareRequest } from './prepare-wire.js';
import { BundleRefusedError } from './verify.js';

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += entriesPerMessage) out.push(list.slice(i, i + entriesPerMessage));
  return out;
}

/**
 * Node hands every message already queued on a port to the receiver in one go, so a burst would
 * stall the core however small each message is: each chunk waits for the core to ask for the next.
 */
async function send(port: MessagePort, prepared: PreparedBundle): Promise<void> {
  const asked = () => new Promise<void>((resolve) => port.once('message', () => resolve()));
  const post = async (message: PrepareMessage) => {
    port.postMessage(message);
    await asked();
  };
  for (const items of chunks(prepared.document.items)) await post({ kind: 'items', items });
  for (const entries of chunks(prepared.searchIndex.entries)) await post({ kind: 'entries', entries });
  // Fresh copies own their ArrayBuffers outright, so they can be transferred rather than cloned.
  const payload = new Uint8Array(prepared.payload);
  const searchIndexBytes = new Uint8Array(prepared.searchIndexBytes);
  const { version, manifest } = prepared;
  const { lifeEvents, benefits } = prepared.document;
  const done: PrepareMessage = { kind: 'done', version, manifest, payload, lifeEvents, benefits, searchIndexBytes };
  port.postMessage(done, [payload.buffer, searchIndexBytes.buffer]);
}

async function handle(port: MessagePort, request: PrepareRequest): Promise<void> {
  const { policy } = request;
  try {
    const keys = policy.keys.map((der) => createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' }));
    const prepared = await prepareBundle(Buffer.from(request.bytes), { ...policy, keys, now: new Date(policy.now) });
    await send(port, prepared);
  } catch (error) {
    const message: PrepareMessage =
      error instanceof BundleRefusedError
        ? { kind: 'refused', reason: error.reason, detail: error.message.replace(`${error.reason}: `, ''), version: error.version }
        : { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    port.postMessage(message);
  }
}

const port = parentPort;
if (port) port.once('message', (request: PrepareRequest) => void handle(port, request));
