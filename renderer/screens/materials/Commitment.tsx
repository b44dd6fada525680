import { useTranslation } from 'react-i18next';
import type { CommitmentView } from '../../api.js';
import { SignaturePad } from '../../signature/SignaturePad.js';

type CommitmentProps = {
  commitment: CommitmentView;
  /** The confirmed signature (PNG, base64), or null while unsigned. */
  signature: string | null;
  missing: boolean;
  onSigned: (pngBase64: string | null) => void;
};

/** 告知承诺: the whole text, never shortened, and the citizen's signature under it. */
export function Commitment({ commitment, signature, missing, onSigned }: CommitmentProps) {
  const { t } = useTranslation('materials');
  return (
    <section className={missing ? 'commitment field-missing' : 'commitment'} aria-labelledby="commitment-title">
      <h2 id="commitment-title">{t('commitmentTitle')}</h2>
      <p className="commitment-lead">{t('commitmentLead')}</p>
      <div className="commitment-text" data-testid="commitment-text" lang="zh-CN">
        {commitment.text.split('\n\n').map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      {signature ? (
        <div className="signed">
          <img className="signed-image" src={`data:image/png;base64,${signature}`} alt={t('signed')} data-testid="signature-image" />
          <p className="material-status material-status-ok" data-testid="signature-done" role="status">
            {t('signed')}
          </p>
          <button type="button" className="secondary" data-testid="signature-again" onClick={() => onSigned(null)}>
            {t('signAgain')}
          </button>
        </div>
      ) : (
        <>
          <p className="sign-here">{t('signHere')}</p>
          <SignaturePad onSigned={onSigned} />
        </>
      )}
    </section>
  );
}
