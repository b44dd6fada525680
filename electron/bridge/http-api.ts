import type { IncomingMessage, ServerResponse } from 'node:http';
import { KioskError } from '../api/kiosk-error.js';
import { failure, type ReplyEnvelope } from '../api/envelope.js';
import { parseRequest } from '../api/validate.js';
import { bridgeErrors } from './bridge-errors.js';

/**
 * A submission carries its document pages and signature as base64 (electron/api/materials.ts):
 * pages of up to 500 KB, several per material, several materials in a 一件事.
 */
export const maxBodyBytes = 32 * 1024 * 1024;

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw bridgeErrors.tooLarge(maxBodyBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw bridgeErrors.notJson();
  }
}

/**
 * POST /api/invoke/{name}: read, parse and validate the request before the core sees it; the
 * core validates again. A refusal is one envelope with one clear error, and nothing is written.
 */
export async function handleInvoke(
  request: IncomingMessage,
  response: ServerResponse,
  name: string,
  forward: (name: string, payload: unknown) => Promise<ReplyEnvelope>,
): Promise<void> {
  try {
    const parsed = parseRequest(name, parseJson(await readBody(request)));
    sendJson(response, 200, await forward(parsed.name, parsed.payload));
  } catch (error) {
    if (!(error instanceof KioskError)) throw error;
    // A body refused half-read leaves bytes on the socket: the client must not reuse it.
    if (!request.complete) response.setHeader('connection', 'close');
    sendJson(response, 400, failure(error));
  }
}
