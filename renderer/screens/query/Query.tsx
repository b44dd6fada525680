import { useCallback, useEffect, useState, type Dispatch, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseNumberInScan, KioskError, yuanSign, type CaseView, type Said } from '../../api.js';
import type { Action } from '../../flow/flow.js';
import { KeyboardInput } from '../../keyboard/KeyboardInput.js';
import { useKeyboard } from '../../keyboard/KeyboardContext.js';
import { useKiosk } from '../../transport/context.js';
import { toKioskError } from '../../transport/unavailable.js';
import { CaseNumber } from '../../ui/CaseNumber.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { formatDay, formatInstant } from '../../ui/format.js';
import { languageOf } from '../../../ui-shared/i18n/language.js';
import { useStateLabels } from '../../ui/labels.js';
import { PrintAction } from './PrintAction.js';
import { SmsSignup } from '../../ui/SmsSignup.js';

type Lookup = { state: 'idle' } | { state: 'asking' } | { state: 'found'; view: CaseView } | { state: 'failed'; error: KioskError };

/**
 * 查询打印: a case by its number, typed or scanned from the receipt's QR code (the app's scan
 * router hands a scanned number in as caseNumber), or the citizen's
 * own cases after a card read. A number handed in (from 我的办件 or the done screen) is looked up
 * at once, so the citizen sees the answer without another tap.
 */
export function Query({ caseNumber, fromMine, dispatch }: { caseNumber: string; fromMine: boolean; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('query');
  const kiosk = useKiosk();
  const keyboard = useKeyboard();
  const [input, setInput] = useState(caseNumber);
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });

  const ask = useCallback(
    async (typed: string): Promise<void> => {
      const wanted = caseNumberInScan(typed);
      setInput(wanted);
      setLookup({ state: 'asking' });
      try {
        setLookup({ state: 'found', view: await kiosk.invoke('case.query', { caseNumber: wanted }) });
      } catch (error) {
        setLookup({ state: 'failed', error: withFormatHint(toKioskError(error), { zh: t('formatHint', { lng: 'zh' }), en: t('formatHint', { lng: 'en' }) }) });
      }
    },
    [kiosk, t],
  );
  useEffect(() => {
    if (caseNumber !== '') void ask(caseNumber);
  }, [caseNumber, ask]);
  // The keys step aside for the answer: the status below would otherwise sit under them.
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    keyboard.close();
    void ask(input);
  };

  return (
    <section className="screen query">
      <h1>{t('title')}</h1>
      <p className="lead">{t('scanHint')}</p>
      <form className="query-form" onSubmit={submit}>
        <label className="field-label" htmlFor="query-input">
          {t('inputLabel')}
        </label>
        <KeyboardInput layout="code" label={t('inputKeyboardLabel')} id="query-input" className="text-input case-input" testId="query-input" maxLength={20} value={input} onChange={setInput} />
        <button type="submit" className="primary main-action" data-testid="query-submit" disabled={lookup.state === 'asking'}>
          {lookup.state === 'asking' ? t('asking') : t('submit')}
        </button>
      </form>
      {lookup.state === 'failed' && <ErrorPanel error={lookup.error} testId="query-error" />}
      {lookup.state === 'found' && <CaseStatusView view={lookup.view} />}
      {/* The card-identified applicant's own case (我的办件): its progress by SMS too. */}
      {lookup.state === 'found' && fromMine && <SmsSignup caseNumber={lookup.view.caseNumber} />}
      {fromMine ? (
        <button type="button" className="secondary" data-testid="query-back-mine" onClick={() => dispatch({ type: 'back-to-my-cases' })}>
          {t('backToMine')}
        </button>
      ) : (
        lookup.state !== 'found' && (
          <button type="button" className="secondary" data-testid="query-mine" onClick={() => dispatch({ type: 'my-cases' })}>
            {t('mine')}
          </button>
        )
      )}
    </section>
  );
}

function CaseStatusView({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation('query');
  const kiosk = useKiosk();
  const labels = useStateLabels();
  const { caseNumber } = view;
  return (
    <div className="case-status">
      <p className="item-name">{view.itemName}</p>
      <CaseNumber value={caseNumber} />
      <p className="status-now" data-testid="query-status">
        {view.notProceeding ? t(`notProceedingNow_${view.notProceeding.kind}`) : labels.caseStatus(view.status)}
      </p>
      {view.notProceeding && <NotProceedingNote mark={view.notProceeding} />}
      {view.expectedBy && !view.notProceeding && (
        <p className="lead" data-testid="query-expected">
          {t('expectedBy', { date: formatDay(new Date(`${view.expectedBy}T12:00:00+08:00`), languageOf(i18n.language)) })}
        </p>
      )}
      {view.source === 'terminal' && <p className="lead">{t('terminalSource')}</p>}
      <h2 className="timeline-title">{t('timelineTitle')}</h2>
      <ol className="timeline" data-testid="query-timeline">
        {view.timeline.map((entry, index) => (
          <li key={index}>
            <span className="timeline-at">{formatInstant(entry.at, languageOf(i18n.language))}</span>
            <span className="timeline-label">{entry.label}</span>
          </li>
        ))}
      </ol>
      <div className="print-actions">
        <PrintAction testId="print-slip" label={t('printSlip')} printedWords={t('slipPrinted')} print={() => kiosk.invoke('case.slip', { caseNumber })} />
        {/* 补打回执: the receipt again, marked 补打, from the terminal that accepted the case. */}
        <PrintAction testId="reprint" label={t('reprint')} printedWords={t('reprinted')} print={() => kiosk.invoke('case.reprint', { caseNumber })} />
      </div>
    </div>
  );
}

/** 不予受理 / 终止办理, as the admins marked it, and the money given back (the reason is theirs, in Chinese). */
function NotProceedingNote({ mark }: { mark: NonNullable<CaseView['notProceeding']> }) {
  const { t } = useTranslation('query');
  return (
    <p className="fact fact-warn" role="status" data-testid="query-not-proceeding">
      {t(`notProceeding_${mark.kind}`, { reason: mark.reason })}
      {mark.refundedFen > 0 && t('notProceedingRefunded', { amount: yuanSign(mark.refundedFen) })}
    </p>
  );
}

/** A mistyped number is refused before it is sent; say what a right one looks like. */
function withFormatHint(error: KioskError, hint: Said): KioskError {
  if (error.code !== 'BAD_REQUEST' || error.hint) return error;
  return new KioskError({ ...error.toJSON(), hint: hint.zh, en: { ...error.en, hint: hint.en } });
}
