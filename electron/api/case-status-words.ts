import type { CaseStatus } from './values.js';

/**
 * A case's status in a citizen's words, on screen and on paper alike: what is happening to their
 * application, not which system holds it. Zod-free, so the page's first screens can show it
 * before zod has loaded.
 */
export const caseStatusWords: Record<CaseStatus, { zh: string; en: string }> = {
  accepted_on_terminal: { zh: '已受理，正在送往审批部门', en: 'Accepted; on its way to the department' },
  received_by_platform: { zh: '已受理，正在审核', en: 'Accepted; being reviewed' },
};
