import { Trans, useTranslation } from 'react-i18next';
import type { IdleState } from './use-idle.js';

/**
 * The question a shared screen must ask before it forgets someone: large, announced to screen
 * readers, one obvious answer. A touch anywhere also counts as "still here".
 */
export function IdleOverlay({ state }: { state: IdleState }) {
  const { t } = useTranslation();
  if (state.phase !== 'asking') return null;
  return (
    <div className="idle-overlay" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" data-testid="idle-overlay">
      <div className="idle-box">
        <h2 id="idle-title">{t('idleTitle')}</h2>
        <p aria-live="assertive">
          <Trans i18nKey="idleCountdown" values={{ seconds: state.secondsLeft }} components={{ n: <span className="idle-seconds" data-testid="idle-seconds" /> }} />
        </p>
        <button type="button" className="primary" data-testid="idle-continue">
          {t('idleContinue')}
        </button>
      </div>
    </div>
  );
}
