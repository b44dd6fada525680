import type { CertificateServices, CitizenCertificates } from '../certificates.js';
import type { Handlers } from '../dispatch.js';
import { offeredCatalog, type LifecycleFacts } from '../lifecycle/service-state.js';
import { materialsReply } from './materials-request.js';

/** What the materials step needs: the item offered now and whose certificates may spare a copy. */
export interface MaterialsServices extends Pick<LifecycleFacts, 'catalog'>, Pick<CertificateServices, 'session'> {}

/** The materials step: each material of the item, and the e-certificate that spares the citizen its copy. */
export function materialsHandlers(services: MaterialsServices, citizen: { certificates: Pick<CitizenCertificates, 'load'> }): Pick<Handlers, 'materials.get'> {
  return {
    'materials.get': ({ itemCode }) => materialsReply(services, citizen.certificates, offeredCatalog(services).applicable(itemCode)),
  };
}
