import { useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentView, ItemSummary, KioskError, MaterialView } from '../../api.js';
import type { Action } from '../../flow/flow.js';
import { initialChoices, materialsToSubmit, unsatisfied, type Choices, type MaterialChoice } from '../../flow/materials.js';
import { useKiosk, useRequest } from '../../transport/context.js';
import { toKioskError } from '../../transport/unavailable.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { scrollToTop } from '../../ui/scroll-to-top.js';
import { Commitment } from './Commitment.js';
import { MaterialCard } from './MaterialCard.js';
import './materials.css';

type MaterialsProps = { item: ItemSummary; answers: Record<string, string>; dispatch: Dispatch<Action> };

/** After the form: each material satisfied one way, 告知承诺 signed where it applies, then submit. */
export function Materials({ item, answers, dispatch }: MaterialsProps) {
  const { t } = useTranslation('materials');
  const [attempt, setAttempt] = useState(0);
  const plan = useRequest('materials.get', { itemCode: item.code }, attempt);
  return (
    <section className="screen materials">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {plan.state === 'loading' && <p className="waiting">{t('loading')}</p>}
      {plan.state === 'failed' && <ErrorPanel error={plan.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {plan.state === 'ready' && (
        <MaterialsBody item={item} answers={answers} materials={plan.value.materials} commitment={plan.value.commitment} dispatch={dispatch} />
      )}
    </section>
  );
}

type BodyProps = MaterialsProps & { materials: MaterialView[]; commitment: CommitmentView | null };

function MaterialsBody({ item, answers, materials, commitment, dispatch }: BodyProps) {
  const { t } = useTranslation('materials');
  const kiosk = useKiosk();
  const [choices, setChoices] = useState<Choices>(() => initialChoices(materials));
  const [signature, setSignature] = useState<{ pngBase64: string; signedAt: string } | null>(null);
  // Shown only after a 提交 attempt, like the form's.
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  // Once a submission reached the core it may have been committed: going back and changing the
  // answers would send another. Only a retry with the same submission id is safe from then on.
  const [sent, setSent] = useState(false);
  const [failure, setFailure] = useState<KioskError | null>(null);
  // One id for this submission, sent again when the citizen retries after an error: if the first
  // try was committed and only its reply lost, the retry gets the same case, not a second one.
  const [submissionId] = useState(() => crypto.randomUUID());

  const missing = unsatisfied(materials, choices);
  const unsigned = commitment !== null && signature === null;
  const missingNames = [...missing.map((m) => m.name), ...(unsigned ? [t('missingSignature')] : [])];

  const choose = (key: string, choice: MaterialChoice | undefined): void =>
    setChoices(({ [key]: _old, ...rest }) => (choice === undefined ? rest : { ...rest, [key]: choice }));
  const sign = (pngBase64: string | null): void => setSignature(pngBase64 === null ? null : { pngBase64, signedAt: new Date().toISOString() });

  const submit = async (): Promise<void> => {
    setTried(true);
    setFailure(null);
    if (missingNames.length > 0) return scrollToTop();
    setSending(true);
    setSent(true);
    try {
      const signed = commitment && signature ? { commitment: { textSha256: commitment.textSha256, signaturePngBase64: signature.pngBase64, signedAt: signature.signedAt } } : {};
      const result = await kiosk.invoke('case.submit', { submissionId, itemCode: item.code, answers, materials: materialsToSubmit(choices), ...signed });
      dispatch({ type: 'submitted', itemName: item.name, result });
    } catch (error) {
      setFailure(toKioskError(error));
      setSending(false);
      scrollToTop();
    }
  };

  return (
    <>
      {tried && missingNames.length > 0 && (
        <div className="error-panel" role="alert" data-testid="materials-errors">
          <p className="error-message">{t('missingTitle', { count: missingNames.length })}</p>
          <p className="error-hint">{missingNames.join('、')}</p>
        </div>
      )}
      {failure && <ErrorPanel error={failure} testId="submit-error" />}
      {materials.map((material) => (
        <MaterialCard
          key={material.key}
          material={material}
          choice={choices[material.key]}
          missing={tried && missing.includes(material)}
          onChoose={(choice) => choose(material.key, choice)}
        />
      ))}
      {commitment && <Commitment commitment={commitment} signature={signature?.pngBase64 ?? null} missing={tried && unsigned} onSigned={sign} />}
      <button type="button" className="primary main-action" data-testid="materials-submit" disabled={sending} onClick={() => void submit()}>
        {sending ? t('sending') : t('submit')}
      </button>
      {!sent && (
        <button type="button" className="secondary" data-testid="materials-back" onClick={() => dispatch({ type: 'back-to-form' })}>
          {t('backToForm')}
        </button>
      )}
    </>
  );
}
