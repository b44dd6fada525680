import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../api.js';

/** Plain words, in the citizen's language, for the states the core names in code. */
export function useStatusLabel(): (status: CaseStatus) => string {
  const { t } = useTranslation('query');
  return (status) => (status === 'received_by_platform' ? t('statusReceived') : t('statusAccepted'));
}
