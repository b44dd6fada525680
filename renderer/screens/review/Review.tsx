import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewLevels, reviewReasons, type ReviewLevel, type UploadState } from '../../api.js';
import { KeyboardInput } from '../../keyboard/KeyboardInput.js';
import { useKiosk } from '../../transport/context.js';
import { useAction } from '../../transport/use-action.js';
import { CaseNumber } from '../../ui/CaseNumber.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { Face } from '../../ui/Face.js';
import './review.css';

type Reason = (typeof reviewReasons)[number];

/** The two levels that must say why, as the 好差评 rules ask (and the core checks). */
const needsReason = (level: ReviewLevel | null): boolean => level === '不满意' || level === '非常不满意';

/** 非常满意 is +2, 非常不满意 is -2: how much the face smiles. */
const moodOf = (level: ReviewLevel): number => 2 - reviewLevels.indexOf(level);

type ReviewProps = { caseNumber: string; itemName: string; onFinish: () => void };

/** 好差评 of one case: a level, reasons for a bad one, an optional comment, then thanks. */
export function Review({ caseNumber, itemName, onFinish }: ReviewProps) {
  const { t } = useTranslation('review');
  const kiosk = useKiosk();
  const [level, setLevel] = useState<ReviewLevel | null>(null);
  const [reasons, setReasons] = useState<readonly Reason[]>([]);
  const [comment, setComment] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const send = useCallback(
    (chosen: ReviewLevel) => kiosk.invoke('review.submit', { caseNumber, level: chosen, reasons: needsReason(chosen) ? [...reasons] : [], comment: comment.trim() }),
    [kiosk, caseNumber, reasons, comment],
  );
  const [sent, start] = useAction(send);
  if (sent.state === 'done') return <Thanks upload={sent.value.upload} onFinish={onFinish} />;

  const submit = (chosen: ReviewLevel): void => {
    const missing = needsReason(chosen) && reasons.length === 0;
    setMissingReason(missing);
    if (!missing) start(chosen);
  };
  const toggle = (reason: Reason): void => {
    setMissingReason(false);
    setReasons((now) => (now.includes(reason) ? now.filter((r) => r !== reason) : [...now, reason]));
  };

  return (
    <section className="screen review">
      <h1>{t('title')}</h1>
      <div className="review-case">
        <p className="item-name">{itemName}</p>
        <CaseNumber value={caseNumber} />
      </div>
      <h2 className="review-question" id="review-levels">
        {t('levelsLabel')}
      </h2>
      <div className="review-levels" role="radiogroup" aria-labelledby="review-levels">
        {reviewLevels.map((l) => (
          <button key={l} type="button" role="radio" aria-checked={level === l} className={level === l ? 'review-level on' : 'review-level'} data-testid={`level-${l}`} onClick={() => setLevel(l)}>
            <Face mood={moodOf(l)} />
            <span>{t(l)}</span>
          </button>
        ))}
      </div>
      {needsReason(level) && (
        <fieldset className={missingReason ? 'review-reasons field-missing' : 'review-reasons'} data-testid="review-reasons">
          <legend>{t('reasonsLabel')}</legend>
          <div className="choices">
            {reviewReasons.map((r) => (
              <button key={r} type="button" aria-pressed={reasons.includes(r)} className={reasons.includes(r) ? 'choice choice-on' : 'choice'} data-testid={`reason-${r}`} onClick={() => toggle(r)}>
                {t(r)}
              </button>
            ))}
          </div>
          {missingReason && (
            <p className="field-error" role="alert" data-testid="reason-missing">
              {t('reasonsMissing')}
            </p>
          )}
        </fieldset>
      )}
      {level !== null && (
        <div className="field">
          <label className="field-label" htmlFor="review-comment">
            {t('commentLabel')}
          </label>
          <KeyboardInput layout="pinyin" label={t('comment')} id="review-comment" className="text-input" testId="review-comment" maxLength={200} value={comment} onChange={setComment} />
        </div>
      )}
      {sent.state === 'failed' && <ErrorPanel error={sent.error} testId="review-error" />}
      <button type="button" className="primary main-action" data-testid="review-submit" disabled={level === null || sent.state === 'busy'} onClick={() => level && submit(level)}>
        {sent.state === 'busy' ? t('submitting') : t('submit')}
      </button>
    </section>
  );
}

function Thanks({ upload, onFinish }: { upload: UploadState; onFinish: () => void }) {
  const { t } = useTranslation('review');
  return (
    <section className="screen review-thanks" data-testid="review-thanks">
      <h1 className="done-title">
        <span className="done-mark" aria-hidden="true">✓</span>
        {t('thanks')}
      </h1>
      <p className={upload === 'uploaded' ? 'fact fact-ok' : 'fact fact-wait'} data-testid="review-upload">
        {upload === 'uploaded' ? t('thanksSent') : t('thanksWaiting')}
      </p>
      <button type="button" className="primary main-action" data-testid="review-finish" onClick={onFinish}>
        {t('finish')}
      </button>
    </section>
  );
}
