import type { BenefitView } from '../api/values.js';
import type { Certificate } from '../../platform/protocol/certificates.js';
import { benefitsDue, type BenefitRule } from './catalog/benefit.js';
import type { Identity } from './session/session.js';

export interface BenefitsAnswer {
  benefits: BenefitView[];
  certificatesChecked: boolean;
}

/** A rule that asks about e-certificates cannot be judged without them, either way. */
function askCertificates(rule: BenefitRule): boolean {
  return rule.when.holds !== undefined || rule.when.lacks !== undefined;
}

/**
 * 免申即享 for the citizen at the screen. Without their e-certificates (the platform did not
 * answer) only the rules on age, sex and region are judged: a rule saying "lacks a pension
 * certificate" must not promise a pension to someone who already draws one.
 */
export function benefitsOf(rules: readonly BenefitRule[], identity: Identity, certificates: readonly Certificate[] | undefined, terminalRegion: string, today: Date): BenefitsAnswer {
  const judged = certificates === undefined ? rules.filter((r) => !askCertificates(r)) : rules;
  const person = { idNumber: identity.idNumber, eCertificates: (certificates ?? []).map((c) => c.kind) };
  const due = benefitsDue(judged, person, terminalRegion, today);
  return {
    benefits: due.map((rule) => ({ code: rule.code, name: rule.name, department: rule.department, notice: rule.notice })),
    certificatesChecked: certificates !== undefined,
  };
}
