import { useCallback, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { yuanSign, type ReplyOf } from '../../api.js';
import type { Action, SubmitResult } from '../../flow/flow.js';
import { useKiosk, useRequest, type Loaded } from '../../transport/context.js';
import { A4Print } from '../../ui/A4Print.js';
import { CaseNumber } from '../../ui/CaseNumber.js';
import { CaseQr } from '../../ui/CaseQr.js';
import { QrCode } from '../../../ui-shared/QrCode.js';
import { formatInstant } from '../../ui/format.js';
import { languageOf } from '../../../ui-shared/i18n/language.js';
import { useStateLabels } from '../../ui/labels.js';
import { NextSteps, TakeCard } from './NextSteps.js';
import { SmsSignup } from '../../ui/SmsSignup.js';

type DoneProps = { itemName: string; result: SubmitResult; dispatch: Dispatch<Action>; onFinish: () => void };

export function Done({ itemName, result, dispatch, onFinish }: DoneProps) {
  const { t, i18n } = useTranslation('done');
  const outcome = useRequest('case.outcome', { caseNumber: result.caseNumber });
  const kiosk = useKiosk();
  const putForm = useCallback(() => kiosk.invoke('document.form', { caseNumber: result.caseNumber }), [kiosk, result.caseNumber]);
  return (
    <section className="screen done">
      <h1 className="done-title">
        <span className="done-mark" aria-hidden="true">✓</span>
        {t('title')}
      </h1>
      {result.next?.returnIdCard && <TakeCard />}
      <p className="lead">{itemName}</p>
      <div className="case-box">
        <p className="case-label">{t('caseLabel')}</p>
        <CaseNumber value={result.caseNumber} testId="case-number" />
        <p className="case-time">{t('acceptedAt', { time: formatInstant(result.acceptedAt, languageOf(i18n.language)) })}</p>
      </div>
      <OutcomeFacts outcome={outcome} />
      <FeesDue result={result} dispatch={dispatch} />
      {result.next && <NextSteps next={result.next} />}
      {(outcome.state === 'failed' || (outcome.state === 'ready' && !outcome.value.receipt.printed)) && (
        <div className="case-qr-box">
          <CaseQr value={result.caseNumber} testId="case-qr" />
          <p>{t('qrNote')}</p>
        </div>
      )}
      <PhoneQr caseNumber={result.caseNumber} />
      <SmsSignup caseNumber={result.caseNumber} />
      {/* The filled form of the first case (a 一件事's is filed under it), for the applicant to sign and
          keep. Asked for once the receipt is settled: laying out the PDF keeps the core busy for most
          of a second, which must not hold up the receipt printer's exchange. */}
      {outcome.state !== 'loading' && <A4Print what="form" document={{ caseNumber: result.caseNumber }} put={putForm} testId="form-a4" />}
      <div className="done-actions" data-testid="done-actions">
        {/* A 一件事 is rated by its first case, the one its receipt is filed under. */}
        <button type="button" className="secondary" data-testid="rate-case" onClick={() => dispatch({ type: 'rate', caseNumber: result.caseNumber, itemName })}>
          {t('rateCase')}
        </button>
        <button type="button" className="secondary" data-testid="query-case" onClick={() => dispatch({ type: 'query', caseNumber: result.caseNumber })}>
          {t('queryCase')}
        </button>
        <button type="button" className="primary" data-testid="finish" onClick={onFinish}>
          {t('finish')}
        </button>
      </div>
    </section>
  );
}

/**
 * The receipt and upload, which follow the case number by up to a second and a half (the upload
 * is tried first, so the receipt can say whether it went). Announced as they change. When the
 * core cannot say, the case is still safe in the outbox: it waits for upload, the receipt can be
 * reprinted.
 */
function OutcomeFacts({ outcome }: { outcome: Loaded<ReplyOf<'case.outcome'>> }) {
  const labels = useStateLabels();
  if (outcome.state === 'loading') {
    return (
      <ul className="done-facts" aria-live="polite">
        <li data-testid="receipt-state" className="fact fact-wait">{labels.receiptPrinting}</li>
        <li data-testid="upload-state" className="fact fact-wait">{labels.uploading}</li>
      </ul>
    );
  }
  const { receipt, upload } = outcome.state === 'ready' ? outcome.value : { receipt: { printed: false }, upload: 'waiting' as const };
  return (
    <ul className="done-facts" aria-live="polite">
      <li data-testid="receipt-state" className={receipt.printed ? 'fact fact-ok' : 'fact fact-warn'}>
        {labels.receipt(receipt)}
      </li>
      <li data-testid="upload-state" className={upload === 'uploaded' ? 'fact fact-ok' : 'fact fact-wait'}>
        {labels.upload(upload)}
      </li>
    </ul>
  );
}

/**
 * What the item charges, to pay now by phone (缴费 by the case number); or later, at any terminal,
 * by the same number: said so, in case the citizen leaves.
 */
function FeesDue({ result, dispatch }: { result: SubmitResult; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('done');
  const owing = result.cases.filter((c) => c.fees && c.fees.length > 0);
  if (owing.length === 0) return null;
  return (
    <div className="fees-due" data-testid="fees-due">
      {owing.map((c) => (
        <div key={c.caseNumber}>
          <p className="lead">{t('feesDue', { fees: (c.fees ?? []).map((f) => `${f.name} ${yuanSign(f.amountFen)}`).join('，') })}</p>
          <p>{t('feesLater')}</p>
          <button type="button" className="primary" data-testid="pay-fees" onClick={() => dispatch({ type: 'pay-fees', caseNumber: c.caseNumber })}>
            {t('payFees')}
          </button>
        </div>
      ))}
    </div>
  );
}

/**
 * 在手机上继续: the case on the provincial app, as a QR code the citizen scans to follow it there.
 * Nothing at all where the terminal has no app link configured, or the core cannot say.
 */
function PhoneQr({ caseNumber }: { caseNumber: string }) {
  const { t } = useTranslation('done');
  const link = useRequest('case.phoneLink', { caseNumber });
  if (link.state !== 'ready' || link.value.url === null) return null;
  return (
    <div className="case-qr-box" data-testid="phone-qr-box">
      <QrCode value={link.value.url} label={t('phoneTitle')} className="case-qr" testId="phone-qr" />
      <div>
        <h2>{t('phoneTitle')}</h2>
        <p>{t('phoneNote')}</p>
      </div>
    </div>
  );
}
