import type { Certificate } from '../../platform/protocol/certificates.js';
import type { Identity, Session } from './session/session.js';
import type { PlatformClient } from './uplink/platform-client.js';

export interface CertificateServices {
  session: Session;
  platform: PlatformClient;
}

/**
 * The identified citizen's e-certificates for prefill and 免申即享, asked for once while the card
 * read is fresh and kept only with that identity (a WeakMap: a new citizen, or none, finds nothing).
 */
export class CitizenCertificates {
  private readonly fetched = new WeakMap<Identity, Promise<Certificate[] | undefined>>();

  constructor(private readonly services: CertificateServices) {}

  /**
   * Their certificates, or undefined when the platform did not answer (a failure is asked again
   * next time) or was not asked: only a card read opens them.
   */
  load(): Promise<Certificate[] | undefined> {
    const identity = this.services.session.current();
    const readAt = this.services.session.cardReadAt();
    if (!readAt) return Promise.resolve(undefined);
    const known = this.fetched.get(identity);
    if (known) return known;
    const asked = this.services.platform.certificates(identity.idNumber, readAt).catch(() => {
      this.fetched.delete(identity);
      return undefined;
    });
    this.fetched.set(identity, asked);
    return asked;
  }

  /** What was already fetched, without asking: a submit must see the form as it was shown. */
  async known(): Promise<Certificate[] | undefined> {
    return this.fetched.get(this.services.session.current());
  }
}
