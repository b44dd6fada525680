import { useTranslation } from 'react-i18next';
import type { CaseStatus, PrintProblem, PrintResult, UploadState } from '../api.js';

/** Plain words, in the citizen's language, for states the core names in code. */
export function useStateLabels() {
  const { t } = useTranslation('labels');
  return {
    caseStatus: (status: CaseStatus): string => t(status),
    upload: (state: UploadState): string => t(state),
    receiptPrinting: t('receiptPrinting'),
    uploading: t('uploading'),
    receipt: (receipt: PrintResult): string => {
      if (receipt.printed) return t('receiptPrinted');
      return receipt.problem ? t('receiptFailed', { problem: t(receipt.problem) }) : t('receiptFailedUnknown');
    },
    printProblem: (problem: PrintProblem | undefined): string => t(problem ?? 'fault'),
  };
}
