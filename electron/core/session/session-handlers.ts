import type { AppCodes } from '../app-code/app-codes.js';
import type { CitizenCertificates } from '../certificates.js';
import type { Submissions } from '../cases/submission.js';
import type { Handlers } from '../dispatch.js';
import type { Identity, Session } from './session.js';

/** What identifying a citizen needs: the session, the card reader and the province's codes. */
export interface SessionServices {
  session: Session;
  readIdentity(timeoutMs: number): Promise<Identity>;
  appCodes: Pick<AppCodes, 'check'>;
}

/** What the session starts and ends of the citizen's other business. */
export interface SessionCitizen {
  /** Asked for at a card read, while the read is fresh enough for the platform. */
  certificates: Pick<CitizenCertificates, 'load'>;
  /** The session's receipt, which the next citizen must not ask for. */
  submissions: Pick<Submissions, 'forget'>;
}

type SessionHandlers = Pick<Handlers, 'identity.read' | 'identity.typed' | 'identity.appCode' | 'session.end'>;

/** Signing in by card, typed number or 鄂汇办 code, and signing out. */
export function sessionHandlers(services: SessionServices, citizen: SessionCitizen): SessionHandlers {
  const { session } = services;
  return {
    'identity.read': async ({ timeoutMs }) => {
      const mark = session.mark();
      const view = session.identifyAfterRead(mark, await services.readIdentity(timeoutMs));
      // Asked at once, while the card read is fresh enough for the platform; the form uses it later.
      void citizen.certificates.load();
      return view;
    },
    // The contract checked the number (GB 11643, a real birth date); only a citizen ID is typed.
    'identity.typed': async ({ idNumber, name }) => session.identify({ cardType: 'resident', name, idNumber, source: 'typed' }),
    'identity.appCode': async ({ code }) => {
      const checked = services.appCodes.check(code);
      if (!checked.ok) return { accepted: false, refusal: checked.refusal };
      const { idNumber, name } = checked.payload;
      // The province vouches for a citizen's number, so the code is a resident ID's.
      return { accepted: true, identity: session.identify({ cardType: 'resident', name, idNumber, source: 'appCode' }) };
    },
    'session.end': async () => {
      session.end();
      citizen.submissions.forget();
      return { ended: true };
    },
  };
}
