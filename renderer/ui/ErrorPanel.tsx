import { useTranslation } from 'react-i18next';
import type { KioskError } from '../api.js';
import { languageOf } from '../../ui-shared/i18n/language.js';

/** The error as the core worded it for the citizen, in their language, what to do next, and a way to try again. */
export function ErrorPanel({ error, onRetry, testId }: { error: KioskError; onRetry?: () => void; testId?: string }) {
  const { t, i18n } = useTranslation();
  const { message, hint } = languageOf(i18n.language) === 'en' ? error.en : error;
  return (
    <div className="error-panel" role="alert" data-testid={testId}>
      <p className="error-message">{message}</p>
      {hint && <p className="error-hint">{hint}</p>}
      {onRetry && (
        <button type="button" className="primary" data-testid="retry" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
