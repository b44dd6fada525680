import type { MaterialSubmission, CommitmentSubmission } from '../../api/materials.js';
import type { Applicable } from '../catalog/catalog.js';
import type { CertificateServices, CitizenCertificates } from '../certificates.js';
import type { Identity } from '../session/session.js';
import { checkCommitment, checkMaterials, type ResolvedMaterials, type SignedCommitment } from './check-materials.js';
import { commitmentOf, heldCertificates, materialsOf, materialViews } from './material-plan.js';

/** What the materials step shows: each material with the certificate that spares the citizen a copy. */
export async function materialsReply(services: Pick<CertificateServices, 'session'>, certificates: Pick<CitizenCertificates, 'load'>, wanted: Applicable) {
  // Offline or a stale card read: no 免提交 this time, the citizen photographs the paper instead.
  const held = heldCertificates(services.session.current(), (await certificates.load()) ?? []);
  return { materials: materialViews(materialsOf(wanted.items), held, new Date()), commitment: commitmentOf(wanted.items) };
}

export interface CheckedSubmission {
  resolved: ResolvedMaterials;
  commitment: SignedCommitment | undefined;
}

/** The submission's materials and commitment, checked before anything is written. */
export function checkSubmission(
  wanted: Applicable,
  identity: Identity,
  certificates: readonly { kind: string; name: string }[] | undefined,
  materials: readonly MaterialSubmission[],
  commitment: CommitmentSubmission | undefined,
): CheckedSubmission {
  return {
    resolved: checkMaterials(materialsOf(wanted.items), materials, heldCertificates(identity, certificates ?? [])),
    commitment: checkCommitment(commitmentOf(wanted.items), commitment),
  };
}
