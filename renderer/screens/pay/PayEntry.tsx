import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidCaseNumber, noticeNumberPattern, normalizeCaseNumber } from '../../api.js';
import { KeyboardInput } from '../../keyboard/KeyboardInput.js';
import { useKeyboard } from '../../keyboard/KeyboardContext.js';

export type PayBy = 'notice' | 'case';

type Props = {
  /** Which field shows first: the case's, when its number was handed in from the confirmation. */
  by: PayBy;
  caseNumber: string;
  noticeNumber: string;
  asking: boolean;
  onNotice: (noticeNumber: string) => void;
  onCase: (caseNumber: string) => void;
};

/**
 * What the citizen pays by, each its own field: a 非税 notice's 20 digits on the number pad, or a
 * case number (on the receipt) on the letters-and-digits pad. A number that cannot be one is said
 * so here, with what a right one looks like, before anything is asked of the platform.
 */
export function PayEntry({ by: first, caseNumber, noticeNumber, asking, onNotice, onCase }: Props) {
  const { t } = useTranslation('pay');
  const keyboard = useKeyboard();
  const [by, setBy] = useState<PayBy>(first);
  const [notice, setNotice] = useState(noticeNumber);
  const [typedCase, setTypedCase] = useState(caseNumber);
  const [misTyped, setMisTyped] = useState(false);
  const choose = (next: PayBy): void => {
    keyboard.close();
    setMisTyped(false);
    setBy(next);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    keyboard.close();
    const wanted = by === 'notice' ? notice.trim() : normalizeCaseNumber(typedCase);
    const right = by === 'notice' ? noticeNumberPattern.test(wanted) : isValidCaseNumber(wanted);
    setMisTyped(!right);
    if (right) (by === 'notice' ? onNotice : onCase)(wanted);
  };
  return (
    <>
      <div className="choices pay-by" role="group" aria-label={t('byLabel')}>
        {(['notice', 'case'] as const).map((way) => (
          <button key={way} type="button" className={way === by ? 'choice choice-on' : 'choice'} aria-pressed={way === by} data-testid={`pay-by-${way}`} onClick={() => choose(way)}>
            {t(`by_${way}`)}
          </button>
        ))}
      </div>
      <p className="lead">{t(`lead_${by}`)}</p>
      <form className="query-form" onSubmit={submit}>
        <label className="field-label" htmlFor={`pay-${by}-input`}>
          {t(`inputLabel_${by}`)}
        </label>
        {by === 'notice' ? (
          <KeyboardInput key="notice" layout="number" label={t('inputKeyboardLabel_notice')} id="pay-notice-input" className="text-input case-input" testId="pay-notice-input" maxLength={20} value={notice} onChange={setNotice} />
        ) : (
          <KeyboardInput key="case" layout="code" label={t('inputKeyboardLabel_case')} id="pay-case-input" className="text-input case-input" testId="pay-case-input" maxLength={20} value={typedCase} onChange={setTypedCase} />
        )}
        {misTyped && (
          <p className="fact fact-warn" role="alert" data-testid="pay-input-shape">
            {t(`shape_${by}`)}
          </p>
        )}
        <button type="submit" className="primary main-action" data-testid="pay-submit" disabled={asking}>
          {asking ? t('asking') : t(`submit_${by}`)}
        </button>
      </form>
    </>
  );
}
