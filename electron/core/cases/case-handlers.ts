import type { CitizenCertificates } from '../certificates.js';
import type { Handlers } from '../dispatch.js';
import type { EventStore } from '../feedback/event-store.js';
import { myCases } from '../feedback/feedback.js';
import type { Session } from '../session/session.js';
import { formPaper, printSlip, reprintCase, type CasePaperServices } from './case-papers.js';
import { phoneLink } from '../config/phone-link.js';
import { queryCase } from './case-query.js';
import type { CaseStore } from './case-store.js';
import type { Submissions } from './submission.js';

/** What a citizen's cases need: their papers, and the reviews that say which were rated. */
export interface CaseServices extends CasePaperServices {
  cases: Pick<CaseStore, 'findByNumber' | 'upload' | 'findByApplicant'>;
  events: Pick<EventStore, 'hasReview'>;
  session: Pick<Session, 'current' | 'verified' | 'remoteCheckedCall'>;
  /** config phoneApp.caseLink: the provincial app's link to a case, `{caseNumber}` in it. */
  phoneCaseLink: string | undefined;
}

/** The citizen's submission in progress, and the e-certificates their form was shown with. */
export interface CaseCitizen {
  submissions: Pick<Submissions, 'again' | 'submit' | 'outcome'>;
  certificates: Pick<CitizenCertificates, 'known'>;
}

type CaseHandlers = Pick<
  Handlers,
  'case.submit' | 'case.phoneLink' | 'case.outcome' | 'case.query' | 'case.reprint' | 'case.slip' | 'document.form' | 'cases.mine'
>;

/** Applying, then following a case: its receipt, its progress, its papers, and the citizen's list. */
export function caseHandlers(services: CaseServices, citizen: CaseCitizen): CaseHandlers {
  const { submissions } = citizen;
  return {
    'case.submit': async (request) => {
      const committed = submissions.again(request.submissionId);
      if (committed) return committed;
      // What was fetched when the form was shown, never a newer answer: the citizen typed the rest.
      const from = {
        identity: services.session.current(),
        certificates: await citizen.certificates.known(),
        // The core's own record of a clerk's check in this session: never a call id from the page.
        remoteCallId: services.session.remoteCheckedCall(),
      };
      return submissions.submit(from, request);
    },
    'case.phoneLink': async ({ caseNumber }) => ({ url: phoneLink(services.phoneCaseLink, caseNumber) }),
    'case.outcome': ({ caseNumber }) => submissions.outcome(caseNumber),
    'case.query': ({ caseNumber }) => queryCase(services, caseNumber),
    'case.reprint': ({ caseNumber }) => reprintCase(services, caseNumber),
    'case.slip': ({ caseNumber }) => printSlip(services, caseNumber),
    'document.form': async ({ caseNumber }) => services.a4.put(await formPaper(services, caseNumber)),
    'cases.mine': async () => myCases(services),
  };
}
