/**
 * A SAM ID card reader that speaks the real bytes, for demos and tests with no hardware.
 * Card presence is driven by the host's polls (events), never by timers, so a run is repeatable;
 * only the 'slow' fault waits on a clock.
 */
import { setTimeout as delay } from 'node:timers/promises';
import {
  APPENDED_ADDRESS_SIZE, COMMANDS, encodeSamId, joinBlocks, commandName, type CommandName,
} from '../idcard/commands.js';
import { FrameChecksumError, FrameParser, encodeReply, parseRequest, type ParseEvent } from '../idcard/frame.js';
import {
  SW3_CARD_FOUND, SW3_CHECKSUM_ERROR, SW3_COMMAND_ERROR, SW3_LENGTH_ERROR, SW3_NO_CARD, SW3_NO_CONTENT,
  SW3_READ_FAILED, SW3_SELECT_FAILED, SW3_SUCCESS, SW3_UNKNOWN_COMMAND,
} from '../idcard/status.js';
import { encodeText, type CardText } from '../idcard/text.js';
import type { ByteTransport } from '../transport/transport.js';
import { shapeReply, type SimFault } from './idcard-faults.js';

export interface SimCard {
  text: CardText;
  /** 1024 bytes of WLT. */
  photoWlt: Buffer;
  /** Absent: the card holds no fingerprint and 30 10 answers 0x91. */
  fingerprint?: Buffer;
  /** 追加住址; absent: 30 03 answers 0x91. */
  appendedAddress?: string;
}

export interface IdCardSimulatorOptions {
  /** The card the simulated citizen carries. */
  card?: SimCard;
  /**
   * Unset: the card lies on the reader from the start. N: it is placed on the N-th find-card poll,
   * and lifted when the host polls again after a successful read, so a demo repeats.
   */
  presentAfterPolls?: number;
  samId?: string;
  /** Misbehaviour on request; see idcard-faults.ts. */
  faults?: readonly SimFault[];
  /** How long the 'slow' fault holds each reply. Default 1000 ms. */
  slowMs?: number;
  /**
   * Called when the 'vanish' fault fires, after the simulator closed its end: whoever made the
   * port (a pty pair) takes it away, as when a USB reader is pulled out.
   */
  onVanish?: () => void;
}

export const DEFAULT_SAM_ID = '05.01-20101118-0003243917-1234567890';

type Reply = [sw3: number, data?: Buffer];

export class IdCardSimulator {
  private readonly parser = new FrameParser();
  private readonly samId: Buffer;
  private readonly presentAfterPolls: number | undefined;
  private readonly unsubscribe: () => void;
  private card: SimCard | undefined;
  private present: boolean;
  private selected = false;
  private readDone = false;
  private pollsWhileAbsent = 0;
  /** A card was read since the host last saw the reader empty. */
  private readSinceAbsent = false;
  /** A new card went down over a read one: a hand lifting one and placing another is seen empty once. */
  private showLift = false;
  private readonly faults: ReadonlySet<SimFault>;
  private readonly slowMs: number;
  private readonly onVanish: () => void;
  /** Replies go out in order even when the 'slow' fault holds one back. */
  private outgoing: Promise<void> = Promise.resolve();
  private vanished = false;
  /** 'bad-checksum-once': the next reply sent is garbled; set by the first card read only. */
  private garbleNext = false;
  private garbledOnce = false;

  constructor(
    private readonly transport: ByteTransport,
    options: IdCardSimulatorOptions = {},
  ) {
    if (options.presentAfterPolls !== undefined && !(Number.isInteger(options.presentAfterPolls) && options.presentAfterPolls >= 1)) {
      throw new TypeError('presentAfterPolls must be a whole number of polls, 1 or more');
    }
    this.faults = new Set(options.faults ?? []);
    this.slowMs = options.slowMs ?? 1000;
    if (!(this.slowMs >= 0)) throw new TypeError('slowMs must be a number of milliseconds, 0 or more');
    this.onVanish = options.onVanish ?? (() => undefined);
    this.card = options.card;
    this.presentAfterPolls = options.presentAfterPolls;
    this.present = this.card !== undefined && this.presentAfterPolls === undefined;
    this.samId = encodeSamId(options.samId ?? DEFAULT_SAM_ID);
    this.unsubscribe = transport.onData((chunk) => this.received(this.parser.push(chunk)));
  }

  /** The citizen puts a card down now. */
  placeCard(card: SimCard): void {
    this.showLift = this.readSinceAbsent;
    this.card = card;
    this.present = true;
    this.selected = false;
    this.readDone = false;
  }

  /** The citizen takes the card away; it does not come back on its own. */
  removeCard(): void {
    this.card = undefined;
    this.lift();
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.transport.close();
  }

  private received(events: ParseEvent[]): void {
    for (const event of events) {
      if (this.vanished) return;
      const reply = event.kind === 'frame' ? this.answer(event.body) : frameErrorReply(event.error);
      if (reply) this.send(encodeReply(...reply));
    }
  }

  private send(frame: Buffer): void {
    const garble = this.faults.has('bad-checksum') || this.garbleNext;
    this.garbleNext = false;
    for (const { delayMs, bytes } of shapeReply(frame, this.faults, this.slowMs, garble)) {
      // A host that has gone away cannot be told anything; its own side reports the close.
      this.outgoing = this.outgoing
        .then(() => (delayMs > 0 ? delay(delayMs) : undefined))
        .then(() => this.transport.write(bytes))
        .catch(() => undefined);
    }
  }

  /** The port goes away in the middle of a command, which is never answered. */
  private vanish(): undefined {
    this.vanished = true;
    this.unsubscribe();
    void this.transport.close().finally(this.onVanish);
    return undefined;
  }

  private answer(body: Buffer): Reply | undefined {
    const request = parseRequest(body);
    if (!request) return [SW3_LENGTH_ERROR];
    const name = commandName(request.command, request.parameter);
    if (name) return this.handle(name);
    const known = Object.values(COMMANDS).some((c) => c.command === request.command);
    return [known ? SW3_COMMAND_ERROR : SW3_UNKNOWN_COMMAND];
  }

  private handle(name: CommandName): Reply | undefined {
    switch (name) {
      case 'resetSam':
      case 'samStatus':
        return [SW3_SUCCESS];
      case 'readSamId':
        return [SW3_SUCCESS, this.samId];
      case 'findCard':
        return this.findCard();
      case 'selectCard':
        return this.present ? this.select() : [SW3_SELECT_FAILED];
      case 'readTextPhoto':
        return this.read(false);
      case 'readTextPhotoFingerprint':
        return this.read(true);
      case 'readAppendedAddress':
        return this.appendedAddress();
    }
  }

  private findCard(): Reply {
    const reply = this.findCardReply();
    if (reply[0] === SW3_NO_CARD) this.readSinceAbsent = false;
    return reply;
  }

  private findCardReply(): Reply {
    if (this.faults.has('no-card')) return [SW3_NO_CARD];
    if (this.showLift) {
      this.showLift = false;
      return [SW3_NO_CARD];
    }
    if (this.presentAfterPolls !== undefined) {
      if (this.present && this.readDone) {
        this.lift();
        return [SW3_NO_CARD];
      }
      if (!this.present && this.card && ++this.pollsWhileAbsent >= this.presentAfterPolls) this.present = true;
    }
    return this.present ? [SW3_CARD_FOUND, Buffer.alloc(4)] : [SW3_NO_CARD];
  }

  private select(): Reply {
    this.selected = true;
    return [SW3_SUCCESS, Buffer.alloc(8)];
  }

  private read(withFingerprint: boolean): Reply | undefined {
    if (this.faults.has('vanish')) return this.vanish();
    if (this.faults.has('card-removed') && this.selectedCard()) {
      // Lifted between select and read: the reader answers what real ones do, and it stays gone.
      this.removeCard();
      return [SW3_READ_FAILED];
    }
    const card = this.selectedCard();
    if (!card) return [SW3_READ_FAILED];
    if (withFingerprint && !card.fingerprint) return [SW3_NO_CONTENT];
    const blocks = [encodeText(card.text), card.photoWlt];
    if (withFingerprint && card.fingerprint) blocks.push(card.fingerprint);
    if (this.faults.has('bad-checksum-once') && !this.garbledOnce) {
      // The host never got this read, so the card counts as not yet read.
      this.garbledOnce = this.garbleNext = true;
      return [SW3_SUCCESS, joinBlocks(blocks)];
    }
    this.readDone = true;
    this.readSinceAbsent = true;
    return [SW3_SUCCESS, joinBlocks(blocks)];
  }

  private appendedAddress(): Reply {
    const card = this.selectedCard();
    if (!card) return [SW3_READ_FAILED];
    if (card.appendedAddress === undefined) return [SW3_NO_CONTENT];
    return [SW3_SUCCESS, Buffer.from(card.appendedAddress.padEnd(APPENDED_ADDRESS_SIZE / 2, ' '), 'utf16le')];
  }

  private selectedCard(): SimCard | undefined {
    return this.present && this.selected ? this.card : undefined;
  }

  private lift(): void {
    this.present = false;
    this.selected = false;
    this.readDone = false;
    this.pollsWhileAbsent = 0;
  }
}

function frameErrorReply(error: Error): Reply {
  return [error instanceof FrameChecksumError ? SW3_CHECKSUM_ERROR : SW3_LENGTH_ERROR];
}
