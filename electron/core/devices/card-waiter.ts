import type { IdCardRead } from '../../../drivers/idcard/reader.js';
import type { IdCardSession } from '../../../drivers/idcard/session.js';
import { cardErrors } from './card-errors.js';

interface Placement {
  read: IdCardRead;
  at: number;
}

/** A read under way: given the card, or told the reader is gone. */
interface Waiter {
  card(read: IdCardRead): void;
  away(): void;
}

/**
 * Turns the reader's always-on session into "the card of the citizen at the screen now". A card
 * counts only if it was placed after the previous citizen's session ended: a card forgotten on
 * the reader must be lifted and placed again, never read into the next person's application.
 */
export class CardWaiter {
  private present: Placement | undefined;
  /** Undefined until the first attempt to open the port has finished, one way or the other. */
  private connected: boolean | undefined;
  private sessionEndedAt = 0;
  private readonly waiting = new Set<Waiter>();

  constructor(
    session: IdCardSession,
    private readonly now: () => number = Date.now,
  ) {
    session.on('card', (read) => this.placed(read));
    session.on('removed', () => (this.present = undefined));
    session.on('connected', () => (this.connected = true));
    session.on('disconnected', () => this.gone());
    session.on('openFailed', () => this.gone());
  }

  /**
   * For the heartbeat: whether the reader's port is open now; undefined while the first open is
   * still under way, which is not yet a fault (it was reported at every start, and cleared a minute later).
   */
  health(): { ok: boolean; detail?: string } | undefined {
    if (this.connected === undefined) return undefined;
    return this.connected ? { ok: true } : { ok: false, detail: '读卡器未连接 / reader port not open: check the cable and the configured port' };
  }

  /** The previous citizen is gone: whatever lies on the reader now is not the next one's. */
  forgetPresent(): void {
    this.sessionEndedAt = this.now();
  }

  /**
   * The card placed for this citizen, waiting up to timeoutMs for it. A reader known to be
   * unplugged (or never found) cannot read one however long the citizen waits, so they are told at
   * once to use another way; a reader still opening for the first time is waited for as usual.
   */
  next(timeoutMs: number): Promise<IdCardRead> {
    if (this.present && this.present.at > this.sessionEndedAt) return Promise.resolve(this.present.read);
    if (this.connected === false) return Promise.reject(cardErrors.readerAway());
    return new Promise((resolve, reject) => {
      const settle = (outcome: () => void) => {
        clearTimeout(timer);
        this.waiting.delete(waiter);
        outcome();
      };
      const waiter: Waiter = { card: (read) => settle(() => resolve(read)), away: () => settle(() => reject(cardErrors.readerAway())) };
      const timer = setTimeout(() => settle(() => reject(this.connected === true ? cardErrors.noCard() : cardErrors.readerAway())), timeoutMs);
      this.waiting.add(waiter);
    });
  }

  /** The cable pulled (or the port not there): a citizen waiting now is told at once, not at the timeout. */
  private gone(): void {
    this.connected = false;
    for (const waiter of [...this.waiting]) waiter.away();
  }

  private placed(read: IdCardRead): void {
    this.present = { read, at: this.now() };
    for (const waiter of [...this.waiting]) waiter.card(read);
  }
}
