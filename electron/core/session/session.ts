import type { IdentityView } from '../../api/values.js';
import { maskIdNumber, maskName } from '../../../standards/masking.js';
import { sessionErrors } from './session-errors.js';

export interface Identity {
  cardType: IdentityView['cardType'];
  name: string;
  idNumber: string;
  /**
   * 'typed': nobody showed a card. ID numbers are not secret, so a typed one opens nothing private.
   * 'appCode': the province vouched for the person (鄂汇办 亮码): private things here open to it.
   */
  source: IdentityView['source'];
  /** The card's photo as read (WLT): for the remote clerk's identity check, never shown or sent otherwise. */
  photoWlt?: Buffer;
}

/**
 * The citizen at the screen now. Full personal data stays here, on the Node side, and is dropped
 * when the session ends; the renderer only ever sees the masked view.
 */
export class Session {
  private identity: Identity | undefined;
  private lastUse = 0;
  private identifiedAt = 0;
  /** Counts identifications, so a card read that began before another way in is known as such. */
  private changes = 0;
  /** 远程帮办 calls asked while this citizen was identified, and the one a clerk checked them on. */
  private remote: { asked: Set<string>; checked: string | undefined } = { asked: new Set(), checked: undefined };

  /**
   * @param maxIdleMs after this long without a request the identity is dropped here too, even
   * if the screen never said goodbye (a crashed or closed page must not leave a card behind).
   */
  constructor(
    private maxIdleMs: number,
    private readonly now: () => number = Date.now,
    private readonly onEnd: () => void = () => undefined,
  ) {}

  /** The platform changed the screen's idle timeout: the core's own limit follows it. */
  setMaxIdleMs(ms: number): void {
    this.maxIdleMs = ms;
  }

  identify(identity: Identity): IdentityView {
    this.changes++;
    this.identity = identity;
    this.remote = { asked: new Set(), checked: undefined };
    this.lastUse = this.now();
    this.identifiedAt = this.lastUse;
    return viewOf(identity);
  }

  current(): Identity {
    if (this.identity && this.now() - this.lastUse > this.maxIdleMs) this.end();
    this.lastUse = this.now();
    if (!this.identity) throw sessionErrors.noIdentity();
    return this.identity;
  }

  /**
   * The current citizen, when a card or the province's code says who they are: this terminal
   * shows a person's own cases only then. A typed number proves nothing.
   */
  verified(): Identity {
    const identity = this.current();
    if (identity.source === 'typed') throw sessionErrors.typedOpensNothing();
    return identity;
  }

  /**
   * When the current citizen's card was read, or undefined without a card read: the platform
   * opens e-certificates only to a fresh read it was told of, and a code it cannot check is none.
   */
  cardReadAt(): Date | undefined {
    return this.current().source === 'card' ? new Date(this.identifiedAt) : undefined;
  }

  /** Taken when a card read starts; see identifyAfterRead. */
  mark(): number {
    return this.changes;
  }

  /**
   * A card read can wait half a minute. If meanwhile the citizen signed in another way (a typed
   * number, a 鄂汇办 code), a card placed now must not become this session's identity behind the
   * screen's back: it is refused and the session stays as it is. Two reads that see the same card
   * (a screen's and an abandoned one's) both stand: the card is the same.
   */
  identifyAfterRead(mark: number, identity: Identity): IdentityView {
    if (mark !== this.changes && this.identity !== undefined && this.identity.source !== 'card') throw sessionErrors.identifiedAnotherWay();
    return this.identify(identity);
  }

  /**
   * Whether a citizen is identified here now, without counting as their use of the session: the
   * shell asks it before it restarts the kiosk for an update (electron/shell/app-updates.ts).
   */
  isOpen(): boolean {
    return this.identity !== undefined && this.now() - this.lastUse <= this.maxIdleMs;
  }

  /** The citizen identified now asked for a remote clerk on the call `callId`. */
  askedRemote(callId: string): void {
    if (this.isOpen()) this.remote.asked.add(callId);
  }

  /**
   * The platform says a clerk checked the identity on `callId`. Only a call this citizen asked
   * counts: the check was of the card read sent with that ask, not of whoever stands here later.
   */
  remoteChecked(callId: string): void {
    if (this.remote.asked.has(callId)) this.remote.checked = callId;
  }

  /** The call whose clerk checked this citizen, recorded with their cases; undefined without one. */
  remoteCheckedCall(): string | undefined {
    return this.remote.checked;
  }

  end(): void {
    this.identity = undefined;
    this.remote = { asked: new Set(), checked: undefined };
    this.onEnd();
  }
}

export function viewOf(identity: Identity): IdentityView {
  return {
    cardType: identity.cardType,
    maskedName: maskName(identity.name),
    maskedIdNumber: maskIdNumber(identity.idNumber),
    source: identity.source,
  };
}
