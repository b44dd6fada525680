import { KioskError } from '../api/errors.js';
import type { CertificateView } from '../api/values.js';
import type { Certificate } from '../../platform/protocol/certificates.js';
import { maskIdNumber } from './session/mask.js';
import type { Identity, Session } from './session/session.js';
import { PlatformRefusedError, type PlatformClient } from './sync/platform-client.js';

export interface CertificateServices {
  session: Session;
  platform: PlatformClient;
}

function viewOf(certificate: Certificate): CertificateView {
  return {
    kind: certificate.kind,
    name: certificate.name,
    maskedNumber: maskIdNumber(certificate.number),
    issuer: certificate.issuer,
    validUntil: certificate.validUntil,
  };
}

/** The platform wants a card read fresher than this one: the citizen swipes again. */
const swipeAgain = new KioskError({ code: 'NO_IDENTITY', message: '请重新刷身份证后再调取电子证照', hint: '为保护您的信息，调取证照需要刚刚刷过身份证' });

/** The identified citizen's 电子证照, masked for a shared screen; the numbers stay on the Node side. */
export async function listCertificates(services: CertificateServices): Promise<CertificateView[]> {
  const identity = services.session.current();
  // Outside the try: a typed identity is refused in the session's words, not as a platform fault.
  const readAt = services.session.cardReadAt();
  try {
    const certificates = await services.platform.certificates(identity.idNumber, readAt);
    return certificates.map(viewOf);
  } catch (error) {
    if (error instanceof PlatformRefusedError && (error.status === 403 || error.status === 422)) throw swipeAgain;
    throw new KioskError({ code: 'PLATFORM_UNAVAILABLE', message: '暂时无法调取电子证照', hint: '请稍后再试，或直接手动填写' });
  }
}

/**
 * The identified citizen's e-certificates for prefill and 免申即享, asked for once while the card
 * read is fresh and kept only with that identity (a WeakMap: a new citizen, or none, finds nothing).
 */
export class CitizenCertificates {
  private readonly fetched = new WeakMap<Identity, Promise<Certificate[] | undefined>>();

  constructor(private readonly services: CertificateServices) {}

  /** Their certificates, or undefined when the platform did not answer; a failure is asked again next time. */
  load(): Promise<Certificate[] | undefined> {
    const identity = this.services.session.current();
    const known = this.fetched.get(identity);
    if (known) return known;
    const asked = this.services.platform.certificates(identity.idNumber, this.services.session.cardReadAt()).catch(() => {
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
