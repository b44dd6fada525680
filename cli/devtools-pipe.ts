import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';

const replySchema = z.object({
  id: z.number().int(),
  result: z.unknown().optional(),
  error: z.object({ message: z.string() }).optional(),
});

/**
 * The Chrome DevTools protocol over the pipe Chromium opens with --remote-debugging-pipe: we write
 * to its fd 3 and read its fd 4, each message JSON ended by a NUL byte. Only the process that
 * started Chromium holds these pipes; a port would let any local process drive the kiosk's page.
 */
export class DevToolsPipe {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  private chunks: Buffer[] = [];
  private closed = false;

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.on('data', (chunk: Buffer) => this.receive(chunk));
    fromBrowser.on('close', () => this.close());
    // A write to a browser that just died fails here and in the request's own rejection, not as an uncaught error.
    toBrowser.on('error', () => this.close());
  }

  /** One method call; `sessionId` addresses a page attached with Target.attachToTarget (flatten). */
  send(method: string, params: object = {}, sessionId?: string): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the browser has closed its DevTools pipe'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    });
  }

  private receive(chunk: Buffer): void {
    let end = chunk.indexOf(0);
    while (end !== -1) {
      this.chunks.push(chunk.subarray(0, end));
      this.settle(Buffer.concat(this.chunks).toString('utf8'));
      this.chunks = [];
      chunk = chunk.subarray(end + 1);
      end = chunk.indexOf(0);
    }
    if (chunk.length > 0) this.chunks.push(chunk);
  }

  /** Replies settle their call; events (no id) are not asked for and are dropped. */
  private settle(text: string): void {
    const reply = replySchema.safeParse(JSON.parse(text));
    if (!reply.success) return;
    const call = this.waiting.get(reply.data.id);
    this.waiting.delete(reply.data.id);
    if (reply.data.error) call?.reject(new Error(reply.data.error.message));
    else call?.resolve(reply.data.result);
  }

  private close(): void {
    this.closed = true;
    for (const call of this.waiting.values()) call.reject(new Error('the browser closed its DevTools pipe'));
    this.waiting.clear();
  }
}
