import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, SubmitResult } from '../flow/flow.js';
import { CaseNumber } from '../ui/CaseNumber.js';
import { CaseQr } from '../ui/CaseQr.js';
import { formatInstant } from '../ui/format.js';
import { useStateLabels } from '../ui/labels.js';

type DoneProps = { itemName: string; result: SubmitResult; dispatch: Dispatch<Action>; onFinish: () => void };

export function Done({ itemName, result, dispatch, onFinish }: DoneProps) {
  const { t } = useTranslation('done');
  const labels = useStateLabels();
  const { receipt, upload } = result;
  return (
    <section className="screen done">
      <h1 className="done-title">
        <span className="done-mark" aria-hidden="true">✓</span>
        {t('title')}
      </h1>
      <p className="lead">{itemName}</p>
      <div className="case-box">
        <p className="case-label">{t('caseLabel')}</p>
        <CaseNumber value={result.caseNumber} testId="case-number" />
        <p className="case-time">{t('acceptedAt', { time: formatInstant(result.acceptedAt) })}</p>
      </div>
      {result.cases.length > 1 && <BundleCases cases={result.cases} />}
      <ul className="done-facts">
        <li data-testid="receipt-state" className={receipt.printed ? 'fact fact-ok' : 'fact fact-warn'}>
          {labels.receipt(receipt)}
        </li>
        <li data-testid="upload-state" className={upload === 'uploaded' ? 'fact fact-ok' : 'fact fact-wait'}>
          {labels.upload(upload)}
        </li>
      </ul>
      {!receipt.printed && (
        <div className="case-qr-box">
          <CaseQr value={result.caseNumber} testId="case-qr" />
          <p>{t('qrNote')}</p>
        </div>
      )}
      <div className="actions">
        {/* A 一件事 is rated by its first case, the one its receipt is filed under. */}
        <button type="button" className="secondary" data-testid="rate-case" onClick={() => dispatch({ type: 'rate', caseNumber: result.caseNumber, itemName })}>
          {t('rateCase')}
        </button>
        <button type="button" className="secondary" data-testid="query-case" onClick={() => dispatch({ type: 'query', caseNumber: result.caseNumber })}>
          {t('queryCase')}
        </button>
        <button type="button" className="primary main-action" data-testid="finish" onClick={onFinish}>
          {t('finish')}
        </button>
      </div>
    </section>
  );
}

/** A 一件事 became one case per item; each department answers for its own, by its own number. */
function BundleCases({ cases }: { cases: SubmitResult['cases'] }) {
  const { t } = useTranslation('done');
  return (
    <div className="bundle-cases">
      <p className="case-label">{t('bundleCases', { count: cases.length })}</p>
      <ul data-testid="bundle-cases">
        {cases.map((c) => (
          <li key={c.caseNumber}>
            <span className="item-name">{c.itemName}</span>
            <CaseNumber value={c.caseNumber} testId={`case-number-${c.itemCode}`} />
          </li>
        ))}
      </ul>
    </div>
  );
}
