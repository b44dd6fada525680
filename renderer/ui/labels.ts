import { useTranslation } from 'react-i18next';
import type { CaseStatus, UploadState } from '../api.js';

/** Plain words, in the citizen's language, for states the core names in code. */
export function useStateLabels() {
  const { t } = useTranslation('labels');
  return {
    caseStatus: (status: CaseStatus): string => t(status),
    upload: (state: UploadState): string => t(state),
    receiptPrinting: t('receiptPrinting'),
    uploading: t('uploading'),
    receipt: (receipt: { printed: boolean; problem?: string | undefined }): string => {
      if (receipt.printed) return t('receiptPrinted');
      const problem = receipt.problem?.replace(/[。.]$/, '');
      return problem ? t('receiptFailed', { problem }) : t('receiptFailedUnknown');
    },
  };
}
