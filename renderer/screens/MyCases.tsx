import { useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../flow/flow.js';
import { useRequest } from '../transport/context.js';
import { CaseNumber } from '../ui/CaseNumber.js';
import { ErrorPanel } from '../ui/ErrorPanel.js';
import { formatInstant } from '../ui/format.js';
import './review.css';

/** The identified citizen's cases from this terminal; one not yet rated opens the 好差评. */
export function MyCases({ dispatch }: { dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('review');
  const [attempt, setAttempt] = useState(0);
  const mine = useRequest('cases.mine', {}, attempt);
  return (
    <section className="screen my-cases">
      <h1>{t('mineTitle')}</h1>
      {mine.state === 'loading' && <p className="waiting">{t('mineLoading')}</p>}
      {mine.state === 'failed' && <ErrorPanel error={mine.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {mine.state === 'ready' && mine.value.length === 0 && (
        <p className="lead" data-testid="my-cases-none">
          {t('mineNone')}
        </p>
      )}
      {mine.state === 'ready' && (
        <ul className="item-list" data-testid="my-cases">
          {mine.value.map((c) => (
            <li key={c.caseNumber}>
              <button
                type="button"
                className="item-button my-case"
                data-testid={`my-case-${c.caseNumber}`}
                disabled={c.reviewed}
                onClick={() => dispatch({ type: 'rate', caseNumber: c.caseNumber, itemName: c.itemName })}
              >
                <span className="item-name">{c.itemName}</span>
                <CaseNumber value={c.caseNumber} />
                <span className="item-meta">
                  <span>{formatInstant(c.acceptedAt)}</span>
                  <span className="item-days">{c.reviewed ? t('reviewed') : t('rate')}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
