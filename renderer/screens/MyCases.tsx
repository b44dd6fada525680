import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../flow/flow.js';
import { useRequest } from '../transport/context.js';
import { CaseNumber } from '../ui/CaseNumber.js';
import { ErrorPanel } from '../ui/ErrorPanel.js';
import { formatInstant } from '../ui/format.js';
import { useStatusLabel } from './use-status-label.js';

/** 我的办件: after a card read, the citizen's cases on this terminal; one tap opens its progress. */
export function MyCases({ dispatch }: { dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('query');
  const statusLabel = useStatusLabel();
  const mine = useRequest('case.mine', {});
  return (
    <section className="screen my-cases">
      <h1>{t('mineTitle')}</h1>
      {mine.state === 'loading' && <p className="lead">{t('mineLoading')}</p>}
      {mine.state === 'failed' && <ErrorPanel error={mine.error} testId="my-cases-error" />}
      {mine.state === 'ready' && mine.value.length === 0 && (
        <p className="fact fact-wait" data-testid="my-cases-none">
          {t('mineNone')}
        </p>
      )}
      {mine.state === 'ready' && mine.value.length > 0 && (
        <>
          <p className="lead">{t('mineLead')}</p>
          <ul className="item-list" data-testid="my-cases">
            {mine.value.map((summary) => (
              <li key={summary.caseNumber}>
                <button type="button" className="item-button" data-testid={`my-case-${summary.caseNumber}`} onClick={() => dispatch({ type: 'query', caseNumber: summary.caseNumber })}>
                  <span className="item-name">{summary.itemName}</span>
                  <CaseNumber value={summary.caseNumber} />
                  <span className="item-meta">
                    {t('acceptedOn', { time: formatInstant(summary.acceptedAt) })} · {statusLabel(summary.status)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
