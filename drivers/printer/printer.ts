/**
 * A receipt printer over any ByteTransport: asks the device itself for its status before and
 * after printing (like votingworks/kiosk-browser, we trust the device, not a spooler's "idle").
 */
import type { ByteTransport } from '../transport/transport.js';
import { realtimeStatus } from './escpos.js';
import { decodeStatusBytes, isStatusByte, summarize, unknownStatus, type PrinterState, type PrinterStatus } from './status.js';

export interface ReceiptPrinterOptions {
  /** Whole status exchange (four queries); default 1500 ms. A silent printer is 'unknown'. */
  statusTimeoutMs?: number;
  /** Bytes per write; default 1024, small enough for printers with a 4 KiB receive buffer. */
  chunkSize?: number;
}

export type PrinterErrorCode = 'PAPER_OUT' | 'COVER_OPEN' | 'OFFLINE' | 'ERROR' | 'NO_ANSWER';

export interface PrintOutcome {
  bytesWritten: number;
  before: PrinterStatus;
  after: PrinterStatus;
  /** False when the printer stopped being ready during the job: the receipt may be cut short. */
  complete: boolean;
}

const ADVICE: Record<PrinterErrorCode, string> = {
  PAPER_OUT: '打印机缺纸，请联系工作人员更换纸卷 / printer is out of paper: load a new roll',
  COVER_OPEN: '打印机纸仓盖未关好，请联系工作人员 / printer cover is open: close it firmly',
  OFFLINE: '打印机脱机，请联系工作人员 / printer is offline: check its power and error light',
  ERROR: '打印机故障，请联系工作人员 / printer error: clear the paper jam or cutter, then power-cycle it',
  NO_ANSWER: '打印机无响应，请联系工作人员 / printer did not answer: check the cable, power and configured port',
};

const CODE_OF: Record<Exclude<PrinterState, 'ready'>, PrinterErrorCode> = {
  paper_out: 'PAPER_OUT',
  cover_open: 'COVER_OPEN',
  offline: 'OFFLINE',
  error: 'ERROR',
  unknown: 'NO_ANSWER',
};

export class PrinterError extends Error {
  constructor(
    readonly code: PrinterErrorCode,
    readonly status: PrinterStatus,
    where: string,
  ) {
    super(`${ADVICE[code]} (${where}; ${status.detail})`);
    this.name = 'PrinterError';
  }
}

export class ReceiptPrinter {
  private readonly statusTimeoutMs: number;
  private readonly chunkSize: number;
  /** One exchange at a time: interleaved status queries would mix up whose reply is whose. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly transport: ByteTransport,
    options: ReceiptPrinterOptions = {},
  ) {
    this.statusTimeoutMs = positiveInteger('statusTimeoutMs', options.statusTimeoutMs ?? 1500);
    this.chunkSize = positiveInteger('chunkSize', options.chunkSize ?? 1024);
  }

  status(): Promise<PrinterStatus> {
    return this.exclusive(() => this.readStatus());
  }

  print(bytes: Uint8Array): Promise<PrintOutcome> {
    return this.exclusive(() => this.printNow(bytes));
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async printNow(bytes: Uint8Array): Promise<PrintOutcome> {
    const before = await this.readStatus();
    if (before.state !== 'ready') throw new PrinterError(CODE_OF[before.state], before, this.transport.description);
    for (let offset = 0; offset < bytes.length; offset += this.chunkSize) {
      await this.writeOrThrow(bytes.subarray(offset, offset + this.chunkSize), offset);
    }
    const after = await this.readStatus();
    return { bytesWritten: bytes.length, before, after, complete: after.state === 'ready' };
  }

  private async writeOrThrow(chunk: Uint8Array, offset: number): Promise<void> {
    try {
      await this.transport.write(chunk);
    } catch (error) {
      const reason = `连接在打印中断开，回执可能不完整 / connection lost after ${offset} bytes, the receipt may be incomplete: ${String(error)}`;
      throw new PrinterError('NO_ANSWER', unknownStatus(reason), this.transport.description);
    }
  }

  private async readStatus(): Promise<PrinterStatus> {
    const replies = new StatusReplies(this.transport, this.statusTimeoutMs);
    try {
      const bytes: number[] = [];
      for (const n of [1, 2, 3, 4] as const) {
        // A serial port held by flow control never drains, so the write is raced with the deadline.
        await Promise.race([this.transport.write(realtimeStatus(n)), replies.failed]);
        const reply = await replies.next();
        if (reply === undefined) return unknownStatus(`${this.transport.description}: ${replies.failure}`);
        if (!isStatusByte(reply)) return unknownStatus(notAStatus(this.transport.description, n, reply));
        bytes.push(reply);
      }
      return summarize(decodeStatusBytes([bytes[0] ?? 0, bytes[1] ?? 0, bytes[2] ?? 0, bytes[3] ?? 0]));
    } catch (error) {
      // Only the query writes throw: a closed transport, or EIO from a port whose device vanished.
      return unknownStatus(error instanceof Error ? error.message : String(error));
    } finally {
      replies.dispose();
    }
  }
}

/**
 * A peer that answers with anything else is not a printer (a web server on the wrong port), or
 * the line garbles what it says: either way nothing it sent can be taken as the printer's state.
 */
function notAStatus(where: string, n: number, reply: number): string {
  const hex = reply.toString(16).padStart(2, '0').toUpperCase();
  return `${where}: 不是打印机或状态无效 / not a printer, or no valid status: reply 0x${hex} to DLE EOT ${n} lacks the fixed bits of a status byte`;
}

/**
 * Collects reply bytes however the transport chunks them, until a deadline for the whole exchange
 * or the transport closing. Every byte is kept: one that is not a status reply is the caller's to refuse.
 */
class StatusReplies {
  failure = '';
  /** Settles when the deadline passes or the transport closes. */
  readonly failed: Promise<void>;
  private signalFailed: () => void = () => undefined;
  private readonly pending: number[] = [];
  private waiter: ((byte: number | undefined) => void) | undefined;
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: Array<() => void>;

  constructor(transport: ByteTransport, timeoutMs: number) {
    this.failed = new Promise((resolve) => (this.signalFailed = resolve));
    this.timer = setTimeout(() => this.fail(`无应答 no answer within ${timeoutMs} ms`), timeoutMs);
    this.unsubscribe = [
      transport.onData((chunk) => this.receive(chunk)),
      transport.onClose((error) => this.fail(`连接已断开 connection closed${error ? `: ${error.message}` : ''}`)),
    ];
  }

  next(): Promise<number | undefined> {
    if (this.failure) return Promise.resolve(undefined);
    const byte = this.pending.shift();
    if (byte !== undefined) return Promise.resolve(byte);
    return new Promise((resolve) => (this.waiter = resolve));
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const unsubscribe of this.unsubscribe) unsubscribe();
  }

  private receive(chunk: Buffer): void {
    this.pending.push(...chunk);
    this.wake();
  }

  private fail(reason: string): void {
    if (!this.failure) this.failure = reason;
    this.signalFailed();
    this.wake();
  }

  private wake(): void {
    const waiter = this.waiter;
    if (!waiter) return;
    if (this.failure) {
      this.waiter = undefined;
      waiter(undefined);
      return;
    }
    const byte = this.pending.shift();
    if (byte === undefined) return;
    this.waiter = undefined;
    waiter(byte);
  }
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) throw new TypeError(`${name} must be a positive integer, got ${value}`);
  return value;
}
