/**
 * The scanner as a kiosk lives with it: open from start to end, reopened with backoff after an
 * unplug (hot-plug), its codes handed on one by one. Nothing here throws into the host.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { Listeners } from '../transport/listeners.js';
import type { CodeSource } from './code-source.js';
import type { ScannedCode } from './scanned-code.js';

export interface CodeScannerOptions {
  open: () => Promise<CodeSource>;
  /** First wait before reopening, doubled on each failure. Default 250 ms. */
  reconnectInitialMs?: number;
  /** Longest wait between reopen attempts. Default 5000 ms. */
  reconnectMaxMs?: number;
}

export type ScannerHealth = { ok: true; description: string } | { ok: false; detail: string };

export class CodeScanner {
  private readonly codes = new Listeners<ScannedCode>();
  private readonly connected = new Listeners<string>();
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;
  private current: CodeSource | undefined;
  private lastError = '扫码枪尚未连接 / the scanner has not been opened yet';

  constructor(private readonly options: CodeScannerOptions) {}

  onCode(listener: (code: ScannedCode) => void): () => void {
    return this.codes.add(listener);
  }

  /** Each time the scanner is open and heard (again), with its description. */
  onConnected(listener: (description: string) => void): () => void {
    return this.connected.add(listener);
  }

  health(): ScannerHealth {
    return this.current ? { ok: true, description: this.current.description } : { ok: false, detail: this.lastError };
  }

  start(): void {
    this.running ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.current?.close().catch(() => undefined);
    await this.running;
  }

  private async run(): Promise<void> {
    const initial = this.options.reconnectInitialMs ?? 250;
    let wait = initial;
    while (!this.stopping.signal.aborted) {
      const source = await this.options.open().catch((error: unknown) => {
        this.lastError = `扫码枪无法打开 / scanner cannot be opened: ${error instanceof Error ? error.message : String(error)}`;
        return undefined;
      });
      if (!source) {
        await delay(wait, undefined, { signal: this.stopping.signal }).catch(() => undefined);
        wait = Math.min(wait * 2, this.options.reconnectMaxMs ?? 5000);
        continue;
      }
      wait = initial;
      await this.serve(source);
    }
  }

  /** Hands codes on until the source closes or the scanner stops. */
  private async serve(source: CodeSource): Promise<void> {
    this.current = source;
    const off = source.onCode((code) => this.codes.emit(code));
    this.connected.emit(source.description);
    await new Promise<void>((resolve) => {
      source.onClose((error) => {
        this.lastError = `扫码枪已断开 / scanner disconnected: ${source.description}${error ? `: ${error.message}` : ''}`;
        resolve();
      });
      this.stopping.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    off();
    this.current = undefined;
    if (this.stopping.signal.aborted) await source.close().catch(() => undefined);
  }
}
