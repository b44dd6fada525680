import { useTranslation } from 'react-i18next';
import { skipAttribute } from './snapshot.js';

export interface FillOffer {
  request: string;
  field: string;
  label: string;
  /** Shown here in full: the citizen is at the screen; the clerk's mirror keeps it masked. */
  value: string;
}

/** 工作人员想帮您填写「联系电话」：… 同意 / 不同意 — nothing is typed unless the citizen agrees. */
export function FillConsent({ offer, onAnswer }: { offer: FillOffer; onAnswer(agreed: boolean): void }) {
  const { t } = useTranslation('remoteScreen');
  return (
    <div className="dialog-overlay" role="alertdialog" aria-modal="true" aria-labelledby="fill-title" data-testid="remote-fill-consent" {...{ [skipAttribute]: '' }}>
      <div className="dialog-box remote-fill-box">
        <h2 id="fill-title">{t('fillTitle')}</h2>
        <p className="remote-fill-field">{t('fillField', { field: offer.label })}</p>
        <p className="remote-fill-value" data-testid="remote-fill-value">{offer.value}</p>
        <div className="remote-fill-actions">
          <button type="button" className="primary" data-testid="remote-fill-agree" onClick={() => onAnswer(true)}>
            {t('fillAgree')}
          </button>
          <button type="button" className="secondary" data-testid="remote-fill-decline" onClick={() => onAnswer(false)}>
            {t('fillDecline')}
          </button>
        </div>
      </div>
    </div>
  );
}
