import type { IdCardRead } from '../../../drivers/idcard/reader.js';
import type { IdCardSession } from '../../../drivers/idcard/session.js';
import { cardErrors } from './card-errors.js';

interface Placement {
  read: IdCardRead;
  at: number;
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
  private readonly waiting = new Set<(read: IdCardRead) => void>();

  constructor(
    session: IdCardSession,
    private readonly now: () => number = Date.now,
  ) {
    session.on('card', (read) => this.placed(read));
    session.on('removed', () => (this.present = undefined));
    session.on('connected', () => (this.connected = true));
    session.on('disconnected', () => (this.connected = false));
    session.on('openFailed', () => (this.connected = false));
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

  next(timeoutMs: number): Promise<IdCardRead> {
    if (this.present && this.present.at > this.sessionEndedAt) return Promise.resolve(this.present.read);
    return new Promise((resolve, reject) => {
      const done = (read: IdCardRead) => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve(read);
      };
      const timer = setTimeout(() => {
        this.waiting.delete(done);
        reject(this.connected === true ? cardErrors.noCard() : cardErrors.readerAway());
      }, timeoutMs);
      this.waiting.add(done);
    });
  }

  private placed(read: IdCardRead): void {
    this.present = { read, at: this.now() };
    for (const resolve of [...this.waiting]) resolve(read);
  }
}
