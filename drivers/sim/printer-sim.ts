/**
 * A receipt printer in software, speaking ESC/POS over any ByteTransport: it answers DLE EOT
 * with its current state, prints what it is sent, and hands each receipt over at the cut, as
 * text and, with an outDir, as NNNN.txt and NNNN.png files a person can look at.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ByteTransport } from '../transport/transport.js';
import { encodeStatusBytes, type StatusFlags } from '../printer/status.js';
import type { Paper } from '../printer/layout.js';
import { EscPosDecoder, type DecodedCommand } from './printer-decoder.js';
import { PrinterPage, pageText, type PrintedLine } from './printer-page.js';
import { renderPagePng } from './printer-png.js';

export interface PrintedReceipt {
  /** GB18030-decoded, one line per printed line; QR as [QR:data], barcodes as [CODE128:data]. */
  text: string;
  /** Every byte received since the previous cut, status queries included, up to this cut. */
  bytes: Buffer;
  textPath?: string;
  pngPath?: string;
  /** Why NNNN.txt/.png could not be written; the receipt itself still counts as printed. */
  fileError?: string;
}

export interface PrinterSimState {
  paperOut?: boolean;
  coverOpen?: boolean;
  paperNearEnd?: boolean;
}

export interface PrinterSimulatorOptions {
  paper: Paper;
  outDir?: string;
  /** Takes the link away (closes the pty pair, drops the socket) for the 'unplug' fault. */
  onUnplug?: () => void;
  /** How many of the newest receipts are kept, in `receipts` and as files. Default 100. */
  keep?: number;
}

/**
 * The demo's printer prints for as long as the demo runs, months in a lobby: it keeps the newest
 * receipts to look at, not all of them, in memory or on disk.
 */
const defaultKeep = 100;

/** A fault that strikes once, after so many bytes of a job: paper running out mid-receipt. */
export type PrinterFault = 'paperOut' | 'coverOpen' | 'unplug';

export class PrinterSimulator {
  /** The newest receipts, oldest first, at most `keep` of them. */
  readonly receipts: PrintedReceipt[] = [];
  /** Receipts cut since the start: NNNN of the files. */
  private printed = 0;
  private decoder = new EscPosDecoder();
  private readonly page: PrinterPage;
  private readonly listeners = new Set<(printed: PrintedReceipt) => void>();
  private transport: ByteTransport | undefined;
  private unsubscribe: () => void = () => undefined;
  private pendingFault: { bytesLeft: number; fault: PrinterFault } | undefined;
  private state: Required<PrinterSimState> = { paperOut: false, coverOpen: false, paperNearEnd: false };
  private received: Buffer[] = [];
  /** Files are written one receipt at a time so NNNN follows the order of the cuts. */
  private writing: Promise<void> = Promise.resolve();

  /** Without a transport until attach(): a network printer waits for its first connection. */
  constructor(
    transport: ByteTransport | undefined,
    private readonly options: PrinterSimulatorOptions,
  ) {
    this.page = new PrinterPage(options.paper);
    if (transport) this.attach(transport);
  }

  /** A new connection (a TCP client): it starts with a fresh command parser, as a printer's port does. */
  attach(transport: ByteTransport): void {
    this.unsubscribe();
    this.transport = transport;
    this.decoder = new EscPosDecoder();
    this.unsubscribe = transport.onData((chunk) => this.receive(chunk));
  }

  /** After `bytes` more bytes received (status queries count), the fault strikes, once. */
  failAfter(bytes: number, fault: PrinterFault): void {
    this.pendingFault = { bytesLeft: bytes, fault };
  }

  setState(state: PrinterSimState): void {
    this.state = { ...this.state, ...state };
  }

  onReceipt(listener: (printed: PrintedReceipt) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.writing;
    await this.transport?.close();
  }

  /** A printer without paper or with its cover open still answers status, but prints nothing. */
  private get stopped(): boolean {
    return this.state.paperOut || this.state.coverOpen;
  }

  private receive(chunk: Buffer): void {
    const fault = this.pendingFault;
    if (fault && chunk.length >= fault.bytesLeft) {
      this.pendingFault = undefined;
      this.process(chunk.subarray(0, fault.bytesLeft));
      this.strike(fault.fault);
      if (fault.fault !== 'unplug') this.process(chunk.subarray(fault.bytesLeft));
      return;
    }
    if (fault) fault.bytesLeft -= chunk.length;
    this.process(chunk);
  }

  private process(chunk: Buffer): void {
    if (!this.stopped) this.received.push(chunk);
    for (const command of this.decoder.push(chunk)) this.execute(command);
  }

  /** An unplugged printer loses the receipt it was printing, like one whose power is cut. */
  private strike(fault: PrinterFault): void {
    if (fault !== 'unplug') return this.setState({ [fault]: true });
    this.unsubscribe();
    this.page.discard();
    this.received = [];
    this.options.onUnplug?.();
  }

  private execute(command: DecodedCommand): void {
    if (command.kind === 'status') return this.answerStatus(command.n);
    if (this.stopped) return this.page.discard();
    const lines = this.page.apply(command);
    if (lines) this.deliver(lines);
  }

  private answerStatus(n: number): void {
    const reply = encodeStatusBytes(this.flags())[n - 1];
    // Unsupported n gets no reply, as on real printers; the host then times out.
    if (reply === undefined) return;
    this.transport?.write(Uint8Array.of(reply)).catch(() => undefined);
  }

  private flags(): StatusFlags {
    const { paperOut, coverOpen, paperNearEnd } = this.state;
    return {
      offline: paperOut || coverOpen,
      coverOpen,
      feedButton: false,
      stoppedByPaperEnd: paperOut,
      errorOccurred: false,
      mechanicalError: false,
      cutterError: false,
      unrecoverableError: false,
      autoRecoverableError: false,
      paperNearEnd: paperNearEnd || paperOut,
      paperEnd: paperOut,
    };
  }

  private deliver(lines: PrintedLine[]): void {
    const printed: PrintedReceipt = { text: pageText(lines, this.options.paper), bytes: Buffer.concat(this.received) };
    this.received = [];
    const number = ++this.printed;
    const keep = this.options.keep ?? defaultKeep;
    if (this.receipts.push(printed) > keep) this.receipts.shift();
    const outDir = this.options.outDir;
    if (!outDir) return this.announce(printed);
    this.writing = this.writing
      .then(() => this.writeFiles(outDir, number, printed, lines))
      .then(() => this.removeFiles(outDir, number - keep))
      .catch((error: unknown) => void (printed.fileError = String(error)))
      .then(() => this.announce(printed));
  }

  private async writeFiles(outDir: string, number: number, printed: PrintedReceipt, lines: PrintedLine[]): Promise<void> {
    const base = path.join(outDir, String(number).padStart(4, '0'));
    // A receipt names the citizen (masked, but still theirs): the owner's alone, as the kiosk's data is.
    await mkdir(outDir, { recursive: true, mode: 0o700 });
    await writeFile(`${base}.txt`, `${printed.text}\n`, { mode: 0o600 });
    await writeFile(`${base}.png`, renderPagePng(lines, this.options.paper), { mode: 0o600 });
    Object.assign(printed, { textPath: `${base}.txt`, pngPath: `${base}.png` });
  }

  private async removeFiles(outDir: string, number: number): Promise<void> {
    if (number < 1) return;
    const base = path.join(outDir, String(number).padStart(4, '0'));
    await Promise.all([rm(`${base}.txt`, { force: true }), rm(`${base}.png`, { force: true })]);
  }

  private announce(printed: PrintedReceipt): void {
    for (const listener of this.listeners) listener(printed);
  }
}
