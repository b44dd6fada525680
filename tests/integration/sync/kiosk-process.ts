// Starts tests/support/kiosk-child.ts (built in dist/) and turns its stdout into awaitable events.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import type { KioskChildConfig } from '../../support/kiosk-child.js';

const childPath = new URL('../../../dist/tests/support/kiosk-child.js', import.meta.url);

export type KioskEvent =
  | { kind: 'ready' }
  | { kind: 'writing' }
  | { kind: 'accepted'; caseId: string }
  | { kind: 'recorded'; eventId: string }
  | { kind: 'material'; caseId: string; materialId: string }
  | { kind: 'waiting'; depth: number }
  | { kind: 'drained' };

/** What the child can be told to write; each is answered by one event once committed. */
export type KioskWrite = 'submit' | 'review' | 'help' | 'callback' | 'material';

function parseEvent(line: string): KioskEvent | undefined {
  const [kind, value = '', second = ''] = line.split(' ');
  if (kind === 'ready' || kind === 'drained' || kind === 'writing') return { kind };
  if (kind === 'accepted') return { kind, caseId: value };
  if (kind === 'recorded') return { kind, eventId: value };
  if (kind === 'material') return { kind, caseId: value, materialId: second };
  if (kind === 'waiting') return { kind, depth: Number(value) };
  return undefined;
}

export interface KioskProcess {
  send(command: KioskWrite | 'drain'): void;
  /** Every event, in order, as it arrives. */
  onEvent(listener: (event: KioskEvent) => void): void;
  /** Resolves on the next event that matches; rejects if the process ends first. */
  next(match: (event: KioskEvent) => boolean): Promise<KioskEvent>;
  /** SIGKILL, then resolves once the process is gone. */
  kill(): Promise<void>;
  exited: Promise<number | null>;
}

export function startKiosk(config: KioskChildConfig): KioskProcess {
  const child: ChildProcessByStdio<Writable, Readable, Readable> = spawn(process.execPath, [fileURLToPath(childPath)], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, TONGBAN_KIOSK_CHILD: JSON.stringify(config) },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // A killed child closes stdin under our feet; the write error that follows is expected.
  child.stdin.on('error', () => undefined);
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const waiters = new Set<{ match: (e: KioskEvent) => boolean; resolve: (e: KioskEvent) => void }>();
  const listeners: ((event: KioskEvent) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const event = parseEvent(line);
    if (!event) return;
    for (const listener of listeners) listener(event);
    for (const waiter of waiters) {
      if (!waiter.match(event)) continue;
      waiters.delete(waiter);
      waiter.resolve(event);
    }
  });
  return {
    send: (command) => child.stdin.write(`${command}\n`),
    onEvent: (listener) => listeners.push(listener),
    next: (match) =>
      new Promise((resolve, reject) => {
        waiters.add({ match, resolve });
        void exited.then((code) => reject(new Error(`kiosk child ended (${code}) before the event: ${stderr.slice(-2000)}`)));
      }),
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    exited,
  };
}
