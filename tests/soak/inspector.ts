import { WebSocket } from 'ws';

/**
 * A Chrome DevTools Protocol session with a Node process the soak started with `--inspect`: the
 * diagnostics path only the soak opens. Through it the soak forces a full collection before it
 * reads the heap, reads the event loop's delay from inside the process, and takes heap snapshots.
 * Only the Runtime and HeapProfiler domains are used, never Debugger, which would keep every
 * script's source alive and grow the heap it measures.
 */
export class Inspector {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly chunkListeners = new Set<(chunk: string) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => this.receive(JSON.parse(data.toString('utf8')) as Message));
  }

  static connect(url: string): Promise<Inspector> {
    const ws = new WebSocket(url, { maxPayload: 1 << 30 });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new Inspector(ws)));
      ws.once('error', reject);
    });
  }

  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: (v) => resolve(v as T), reject }));
  }

  /** The value of an expression evaluated in the process (a plain JSON value). */
  async evaluate<T>(expression: string): Promise<T> {
    const reply = await this.send<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression, returnByValue: true });
    if (reply.exceptionDetails) throw new Error(`inspector: ${reply.exceptionDetails.text} in ${expression}`);
    return reply.result.value;
  }

  /** Used V8 heap in MB after two full collections, so only what is still reachable counts. */
  async heapAfterGc(): Promise<number> {
    await this.send('HeapProfiler.collectGarbage');
    await this.send('HeapProfiler.collectGarbage');
    const { usedSize } = await this.send<{ usedSize: number }>('Runtime.getHeapUsage');
    return usedSize / 1e6;
  }

  /**
   * The event loop's delay p99 in ms since the previous call (a histogram the first call installs
   * in the process, then reset at each read).
   */
  eventLoopP99(): Promise<number> {
    return this.evaluate<number>(`(() => {
      const h = (globalThis.soakLoopDelay ??= (() => {
        const m = process.getBuiltinModule('node:perf_hooks').monitorEventLoopDelay({ resolution: 10 });
        m.enable();
        return m;
      })());
      const p99 = h.count > 0 ? h.percentile(99) / 1e6 : 0;
      h.reset();
      return p99;
    })()`);
  }

  /** Used bytes of each V8 heap space, in MB: whether growth is objects (old space) or compiled code (code space). */
  heapSpaces(): Promise<Record<string, number>> {
    return this.evaluate<Record<string, number>>(
      `Object.fromEntries(process.getBuiltinModule('node:v8').getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size / 1e6]))`,
    );
  }

  /** A heap snapshot after a full collection, as the parsed JSON DevTools reads. */
  async heapSnapshot(): Promise<HeapSnapshot> {
    await this.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    const collect = (chunk: string): void => void chunks.push(chunk);
    this.chunkListeners.add(collect);
    await this.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    this.chunkListeners.delete(collect);
    return JSON.parse(chunks.join('')) as HeapSnapshot;
  }

  close(): void {
    this.ws.close();
  }

  private receive(message: Message): void {
    if (message.method === 'HeapProfiler.addHeapSnapshotChunk') {
      for (const listener of this.chunkListeners) listener(message.params.chunk);
      return;
    }
    if (message.id === undefined) return;
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.error) waiting?.reject(new Error(`inspector: ${message.error.message}`));
    else waiting?.resolve(message.result);
  }
}

interface Message {
  id?: number;
  method?: string;
  params: { chunk: string };
  result?: unknown;
  error?: { message: string };
}

export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}
