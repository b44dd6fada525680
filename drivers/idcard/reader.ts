/** The host side of the SAM protocol: one command at a time over any ByteTransport. */
import { setTimeout as delay } from 'node:timers/promises';
import { TransportClosedError, type ByteTransport } from '../transport/transport.js';
import { COMMANDS, decodeSamId, splitBlocks, type Command } from './commands.js';
import { FrameChecksumError, FrameParser, encodeRequest, parseReply, type ParseEvent, type Reply } from './frame.js';
import {
  CardWaitTimeoutError, IdCardError, ReaderProtocolError, ReaderTimeoutError,
  SW3_CARD_FOUND, SW3_NO_CARD, SW3_READ_FAILED, SW3_SELECT_FAILED, isSuccess,
} from './status.js';
import { CardTextError, TEXT_BLOCK_SIZE, cardString, decodeText, type CardText } from './text.js';

export interface CardExtras {
  /** The photo as the card stores it: 1024 bytes of WLT, kept raw for a licensed decoder. */
  photoWlt: Buffer;
  warnings: string[];
}

export type IdCardRead = CardText & CardExtras;

/** readCard's answer: the card, and how many bad reads (see BAD_READ_RETRIES) were read again. */
export type ReadCardResult = IdCardRead & { retries: number };

/**
 * A reply garbled on the line (bad checksum) or text no card holds (CardTextError) is read again
 * once: one bad frame is noise, as the kiosk's polling already knows; two in a row are worth a
 * technician's look at the cable or the card.
 */
export const BAD_READ_RETRIES = 1;

/** Long enough for the 2.3 kB fingerprint reply at 9600 baud (~2.4 s), the slowest link readers offer. */
export const defaultCommandTimeoutMs = 3000;

export interface IdCardReaderOptions {
  /** How long one command may wait for its reply. Default defaultCommandTimeoutMs. */
  commandTimeoutMs?: number;
}

export interface ReadCardOptions {
  /** How long to wait for a readable card. */
  timeoutMs: number;
  /** Pause between find-card polls. Default 300 ms. */
  pollIntervalMs?: number;
  /** Checked between commands; a command on the wire is allowed to finish. */
  signal?: AbortSignal;
}

/** A card placed slowly, or lifted mid-read, gives these; another poll usually succeeds. */
const RETRYABLE = new Set([SW3_NO_CARD, SW3_SELECT_FAILED, SW3_READ_FAILED]);

interface Pending {
  resolve(reply: Reply): void;
  reject(error: Error): void;
}

export class IdCardReader {
  private readonly parser = new FrameParser();
  private readonly commandTimeoutMs: number;
  private readonly unsubscribe: (() => void)[];
  private pending: Pending | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private closedError: Error | undefined;

  constructor(
    private readonly transport: ByteTransport,
    options: IdCardReaderOptions = {},
  ) {
    this.commandTimeoutMs = options.commandTimeoutMs ?? defaultCommandTimeoutMs;
    if (!(this.commandTimeoutMs > 0)) throw new TypeError('commandTimeoutMs must be a positive number of milliseconds');
    this.unsubscribe = [
      transport.onData((chunk) => this.received(this.parser.push(chunk))),
      transport.onClose((cause) => this.closed(cause)),
    ];
  }

  async resetSam(): Promise<void> {
    await this.send(COMMANDS.resetSam);
  }

  /** Resolves when the SAM reports itself healthy; otherwise throws its status. */
  async samStatus(): Promise<void> {
    await this.send(COMMANDS.samStatus);
  }

  async samId(): Promise<string> {
    return decodeSamId((await this.send(COMMANDS.readSamId)).data);
  }

  /** True when a card is on the reader; false for "no card"; throws any other status. */
  async findCard(): Promise<boolean> {
    try {
      return (await this.send(COMMANDS.findCard)).sw3 === SW3_CARD_FOUND;
    } catch (error) {
      if (error instanceof IdCardError && error.code === SW3_NO_CARD) return false;
      throw error;
    }
  }

  async selectCard(): Promise<void> {
    await this.send(COMMANDS.selectCard);
  }

  async readTextPhoto(): Promise<IdCardRead> {
    const [text, photo] = splitBlocks((await this.send(COMMANDS.readTextPhoto)).data, 2);
    return decodeCard(text, photo);
  }

  async readTextPhotoFingerprint(): Promise<IdCardRead & { fingerprint: Buffer }> {
    const [text, photo, fingerprint] = splitBlocks((await this.send(COMMANDS.readTextPhotoFingerprint)).data, 3);
    return { ...decodeCard(text, photo), fingerprint: fingerprint ?? Buffer.alloc(0) };
  }

  /** The address written on the back after a move (追加住址); throws 0x91 when there is none. */
  async readAppendedAddress(): Promise<string> {
    return cardString((await this.send(COMMANDS.readAppendedAddress)).data, 'appendedAddress');
  }

  /** Polls for a card until one is read or the deadline passes; a bad read is read again once. */
  async readCard(options: ReadCardOptions): Promise<ReadCardResult> {
    const { timeoutMs, pollIntervalMs = 300, signal } = options;
    const deadline = Date.now() + timeoutMs;
    let retries = 0;
    for (;;) {
      signal?.throwIfAborted();
      let status: IdCardError;
      try {
        return { ...(await this.findSelectRead()), retries };
      } catch (error) {
        if (isBadRead(error)) {
          if (retries++ < BAD_READ_RETRIES) continue;
          throw error;
        }
        if (!(error instanceof IdCardError && RETRYABLE.has(error.code))) throw error;
        status = error;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new CardWaitTimeoutError(timeoutMs, status);
      await pause(Math.min(pollIntervalMs, left), signal);
    }
  }

  /** Any command, for diagnostics: resolves with the reply on success, throws its status otherwise. */
  async transact(command: number, parameter: number, data?: Uint8Array): Promise<Reply> {
    const run = this.queue.then(() => this.exchange(encodeRequest(command, parameter, data)));
    this.queue = run.catch(() => undefined);
    const reply = await run;
    if (!isSuccess(reply.sw3)) throw new IdCardError(reply.sw3);
    return reply;
  }

  async close(): Promise<void> {
    this.closed(undefined);
    await this.transport.close();
  }

  private send(command: Command): Promise<Reply> {
    return this.transact(command.command, command.parameter);
  }

  private async findSelectRead(): Promise<IdCardRead> {
    if (!(await this.findCard())) throw new IdCardError(SW3_NO_CARD);
    await this.selectCard();
    return this.readTextPhoto();
  }

  private exchange(request: Buffer): Promise<Reply> {
    if (this.closedError) return Promise.reject(this.closedError);
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        // Drop a half-received reply so its tail is not taken for the start of the next one.
        this.parser.reset();
        settle(new ReaderTimeoutError(this.commandTimeoutMs, this.transport.description));
      }, this.commandTimeoutMs);
      const settle = (outcome: Reply | Error): void => {
        clearTimeout(timer);
        this.pending = undefined;
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
      this.pending = { resolve: settle, reject: settle };
      this.transport.write(request).catch((error: unknown) => settle(asError(error)));
    });
  }

  /**
   * A reply with no command waiting (a late answer after a timeout) is dropped: the protocol has
   * no sequence numbers, so it cannot be matched to anything.
   */
  private received(events: ParseEvent[]): void {
    for (const event of events) {
      if (event.kind === 'error') {
        this.pending?.reject(event.error);
        continue;
      }
      const reply = parseReply(event.body);
      if (reply) this.pending?.resolve(reply);
      else this.pending?.reject(new ReaderProtocolError(`reply of ${event.body.length} bytes has no status`));
    }
  }

  private closed(cause: Error | undefined): void {
    if (this.closedError) return;
    this.closedError = new TransportClosedError(this.transport.description);
    if (cause) this.closedError.cause = cause;
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    this.pending?.reject(this.closedError);
  }
}

function isBadRead(error: unknown): error is FrameChecksumError | CardTextError {
  return error instanceof FrameChecksumError || error instanceof CardTextError;
}

function decodeCard(text: Buffer | undefined, photo: Buffer | undefined): IdCardRead {
  if (text?.length !== TEXT_BLOCK_SIZE) {
    throw new ReaderProtocolError(`text block of ${text?.length ?? 0} bytes, expected ${TEXT_BLOCK_SIZE}`);
  }
  const decoded = decodeText(text);
  return { ...decoded.text, photoWlt: photo ?? Buffer.alloc(0), warnings: decoded.warnings };
}

/** Like timers/promises setTimeout, but rejects with the caller's abort reason, not a generic AbortError. */
async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await delay(ms, undefined, { signal });
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
