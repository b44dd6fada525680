import type { MaterialSubmission, CommitmentSubmission } from '../../api/materials.js';
import type { Applicable } from '../catalog/catalog.js';
import { listCertificates, type CertificateServices } from '../certificates.js';
import type { Identity } from '../session/session.js';
import { checkCommitment, checkMaterials, type ResolvedMaterials, type SignedCommitment } from './check-materials.js';
import { commitmentOf, heldCertificates, materialsOf, materialViews, type HeldCertificates } from './material-plan.js';

/**
 * The e-certificates found for the citizen now at the screen. The platform answers only shortly
 * after a card read, so the answer given when the materials were shown is what submit trusts;
 * keyed by the session's identity object, it goes when the session does.
 */
export class HeldCertificatesMemo {
  private readonly byIdentity = new WeakMap<Identity, HeldCertificates>();

  async fetch(services: CertificateServices, identity: Identity): Promise<HeldCertificates> {
    // Offline or a stale card read: no 免提交 this time, the citizen photographs the paper instead.
    const fromPlatform = await listCertificates(services).catch(() => []);
    const held = heldCertificates(identity, fromPlatform);
    this.byIdentity.set(identity, held);
    return held;
  }

  known(identity: Identity): HeldCertificates {
    return this.byIdentity.get(identity) ?? heldCertificates(identity, []);
  }
}

export async function materialsReply(services: CertificateServices, memo: HeldCertificatesMemo, wanted: Applicable) {
  const held = await memo.fetch(services, services.session.current());
  return { materials: materialViews(materialsOf(wanted.items), held), commitment: commitmentOf(wanted.items) };
}

export interface CheckedSubmission {
  resolved: ResolvedMaterials;
  commitment: SignedCommitment | undefined;
}

/** The submission's materials and commitment, checked before anything is written. */
export function checkSubmission(
  wanted: Applicable,
  held: HeldCertificates,
  materials: readonly MaterialSubmission[],
  commitment: CommitmentSubmission | undefined,
): CheckedSubmission {
  return {
    resolved: checkMaterials(materialsOf(wanted.items), materials, held),
    commitment: checkCommitment(commitmentOf(wanted.items), commitment),
  };
}
