import type { CitizenCertificates } from '../certificates.js';
import { summarize } from '../catalog/catalog.js';
import { refusalsOf } from '../catalog/eligibility.js';
import type { Handlers } from '../dispatch.js';
import { offeredCatalog, type LifecycleFacts } from '../lifecycle/service-state.js';
import type { Session } from '../session/session.js';
import { checkAnswers, fieldViews, wantsCertificates, type PrefillSources } from './form.js';

/** What the application form needs: the item offered now and who fills it in. */
export interface FormServices extends Pick<LifecycleFacts, 'catalog'> {
  session: Pick<Session, 'current'>;
}

/** The application form: its fields prefilled from the card and the e-certificates, and checked as typed. */
export function formHandlers(services: FormServices, citizen: { certificates: Pick<CitizenCertificates, 'load'> }): Pick<Handlers, 'form.get' | 'form.check'> {
  const sources = async (): Promise<PrefillSources> => ({ identity: services.session.current(), certificates: await citizen.certificates.load() });
  return {
    'form.get': async ({ itemCode }) => {
      const wanted = offeredCatalog(services).applicable(itemCode);
      const parts = wanted.event ? wanted.items.map(summarize) : [];
      const from = await sources();
      const refused = refusalsOf(wanted, from.identity.idNumber, new Date());
      return { item: wanted.summary, fields: fieldViews(wanted, from), parts, certificatesUnavailable: wantsCertificates(wanted, from), refused };
    },
    'form.check': async ({ itemCode, answers, keys }) => checkAnswers(offeredCatalog(services).applicable(itemCode), await sources(), answers, keys),
  };
}
