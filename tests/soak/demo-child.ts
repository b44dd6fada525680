import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { catalogAdoptionSchema, demoReadySchema, storedSchema, type DemoRequest } from './demo-protocol.js';
import { Inspector } from './inspector.js';
import type { Watched } from './samples.js';

type Op = DemoRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

const replySchema = z.object({ id: z.number(), ok: z.boolean(), value: z.unknown().optional(), error: z.string().optional() });
const debuggerLine = /Debugger listening on (ws:\/\/\S+)/g;

/**
 * The demo in a process of its own (demo-process.ts) with the inspector on, and the core it
 * forks: the two processes the soak samples. Inspector URLs arrive on stderr, the demo's first
 * (it starts before it forks), then the core's (again after a restart: the newest counts).
 */
export class DemoChild {
  private nextId = 1;
  private readonly inspectorUrls: string[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly kioskUrl: string,
    readonly appCodeKey: string,
  ) {}

  static async start(dataDir: string): Promise<DemoChild> {
    const entry = fileURLToPath(new URL('./demo-process.js', import.meta.url));
    const child = fork(entry, [dataDir], { execArgv: ['--inspect=127.0.0.1:0'], stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
    const urls: string[] = [];
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      for (const match of text.matchAll(debuggerLine)) if (match[1]) urls.push(match[1]);
      // Everything else the demo says goes on to the soak's own stderr.
      const rest = text.replace(/^(Debugger listening on|For help, see:|Debugger attached|Waiting for the debugger).*\n?/gm, '');
      if (rest) process.stderr.write(rest);
    });
    const ready = await new Promise<z.infer<typeof demoReadySchema>>((resolve, reject) => {
      child.once('message', (message) => resolve(demoReadySchema.parse(message)));
      child.once('exit', (code) => reject(new Error(`the demo exited (${code}) before it was ready`)));
    });
    const demo = new DemoChild(child, ready.kioskUrl, ready.appCodeKey);
    demo.inspectorUrls.push(...urls);
    child.stderr?.on('data', () => {
      demo.inspectorUrls.splice(0, demo.inspectorUrls.length, ...urls);
    });
    return demo;
  }

  ask(op: Op): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const listen = (message: unknown): void => {
        const reply = replySchema.parse(message);
        if (reply.id !== id) return;
        this.child.off('message', listen);
        if (reply.ok) resolve(reply.value);
        else reject(new Error(`demo: ${op.op}: ${reply.error ?? ''}`));
      };
      this.child.on('message', listen);
      this.child.send({ ...op, id });
    });
  }

  async stored(caseNumbers: string[]): Promise<z.infer<typeof storedSchema>> {
    return storedSchema.parse(await this.ask({ op: 'stored', caseNumbers }));
  }

  /** The catalog version the demo terminal last told the platform it runs (null: it never said). */
  async catalogInstalled(): Promise<number | null> {
    return catalogAdoptionSchema.parse(await this.ask({ op: 'catalogAdoption' })).installedVersion;
  }

  /** The demo process (browser host and platform) and the core, each with an inspector session. */
  async watch(): Promise<{ host: Watched; core: Watched }> {
    const [hostUrl, coreUrl] = [this.inspectorUrls[0], this.inspectorUrls.at(-1)];
    if (!hostUrl || !coreUrl || hostUrl === coreUrl) throw new Error('the demo or its core did not open an inspector');
    const [hostInspector, coreInspector] = await Promise.all([Inspector.connect(hostUrl), Inspector.connect(coreUrl)]);
    const corePid = await coreInspector.evaluate<number>('process.pid');
    return { host: { pid: this.child.pid ?? 0, inspector: hostInspector }, core: { pid: corePid, inspector: coreInspector } };
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ op: 'close', id: 0 });
    await exited;
  }
}
