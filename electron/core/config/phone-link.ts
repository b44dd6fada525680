import { z } from 'zod';

/** Where the case number goes in the provincial app's link. */
const placeholder = '{caseNumber}';

function isCaseLinkTemplate(text: string): boolean {
  if (text.split(placeholder).length !== 2) return false;
  try {
    return new URL(text.replace(placeholder, 'X')).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The provincial app's page of a case (鄂汇办), e.g. `https://…/case?no={caseNumber}`: the done
 * screen shows it as a QR code, so the citizen follows the case on their phone. https only: a
 * phone opens it on any network.
 */
export const caseLinkTemplateSchema = z
  .string()
  .max(300)
  .refine(isCaseLinkTemplate, `须为 https:// 地址，含一处 ${placeholder} / an https:// address with ${placeholder} once`);

/** The link of one case; none when the terminal has no app link configured. */
export function phoneLink(template: string | undefined, caseNumber: string): string | null {
  return template === undefined ? null : template.replace(placeholder, encodeURIComponent(caseNumber));
}
