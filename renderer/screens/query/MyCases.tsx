import { useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, MyCasesThen } from '../../flow/flow.js';
import { languageOf } from '../../../ui-shared/i18n/language.js';
import { useRequest } from '../../transport/context.js';
import { CaseNumber } from '../../ui/CaseNumber.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { formatInstant } from '../../ui/format.js';
import { useStateLabels } from '../../ui/labels.js';
import './my-cases.css';

/**
 * The card-identified citizen's cases from this terminal. To follow them, a tap opens the case's
 * progress; to rate, one not yet rated opens the 好差评.
 */
export function MyCases({ then, dispatch }: { then: MyCasesThen; dispatch: Dispatch<Action> }) {
  const { t, i18n } = useTranslation(then === 'rate' ? 'review' : 'query');
  const labels = useStateLabels();
  const [attempt, setAttempt] = useState(0);
  const mine = useRequest('cases.mine', {}, attempt);
  return (
    <section className="screen my-cases">
      <h1>{t('mineTitle')}</h1>
      {mine.state === 'loading' && <p className="waiting">{t('mineLoading')}</p>}
      {mine.state === 'failed' && <ErrorPanel error={mine.error} testId="my-cases-error" onRetry={() => setAttempt((n) => n + 1)} />}
      {mine.state === 'ready' && mine.value.length === 0 && (
        <p className="lead" data-testid="my-cases-none">
          {t('mineNone')}
        </p>
      )}
      {mine.state === 'ready' && mine.value.length > 0 && (
        <ul className="item-list" data-testid="my-cases">
          {mine.value.map((c) => (
            <li key={c.caseNumber}>
              <button
                type="button"
                className="item-button my-case"
                data-testid={`my-case-${c.caseNumber}`}
                disabled={then === 'rate' && c.reviewed}
                onClick={() => dispatch(then === 'rate' ? { type: 'rate', caseNumber: c.caseNumber, itemName: c.itemName } : { type: 'query', caseNumber: c.caseNumber })}
              >
                <span className="item-name">{c.itemName}</span>
                <CaseNumber value={c.caseNumber} />
                <span className="item-meta">
                  <span>{formatInstant(c.acceptedAt, languageOf(i18n.language))}</span>
                  <span className="item-days">{then === 'rate' ? (c.reviewed ? t('reviewed') : t('rate')) : labels.caseStatus(c.status)}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
