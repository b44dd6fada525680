import { useTranslation } from 'react-i18next';

type Props = { onStay: () => void; onLeave: () => void };

/**
 * 返回首页 in the middle of an application: what was typed would be gone, so the citizen says so
 * first. Staying is the first and larger answer: a stray tap must not cost the work.
 */
export function LeaveDialog({ onStay, onLeave }: Props) {
  const { t } = useTranslation();
  return (
    <div className="dialog-overlay" role="alertdialog" aria-modal="true" aria-labelledby="leave-title" data-testid="leave-dialog">
      <div className="dialog-box">
        <h2 id="leave-title">{t('leaveTitle')}</h2>
        <p>{t('leaveText')}</p>
        <button type="button" className="primary" data-testid="leave-stay" onClick={onStay}>
          {t('leaveStay')}
        </button>
        <button type="button" className="secondary" data-testid="leave-confirm" onClick={onLeave}>
          {t('leaveConfirm')}
        </button>
      </div>
    </div>
  );
}
