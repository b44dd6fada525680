import { useTranslation } from 'react-i18next';
import type { KioskError } from '../api.js';

/** The error as the core worded it for the citizen, what to do next, and a way to try again. */
export function ErrorPanel({ error, onRetry, testId }: { error: KioskError; onRetry?: () => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="error-panel" role="alert" data-testid={testId}>
      <p className="error-message">{error.message}</p>
      {error.hint && <p className="error-hint">{error.hint}</p>}
      {onRetry && (
        <button type="button" className="primary" data-testid="retry" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
