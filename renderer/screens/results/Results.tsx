import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemSummary } from '../../api.js';
import { useKiosk, useRequest } from '../../transport/context.js';
import { useAction } from '../../transport/use-action.js';
import { A4Job } from '../../ui/A4Print.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import './results.css';

/**
 * 证明打印: the 证明 and 记录 a department issues at once, for the citizen whose card was read.
 * Each is fetched from the platform when pressed and printed on A4 with a watermark and a QR code
 * that says whether the paper is genuine. Offline it says so before anyone presses.
 */
export function Results({ online }: { online: boolean }) {
  const { t } = useTranslation('results');
  const [attempt, setAttempt] = useState(0);
  const items = useRequest('results.items', {}, attempt);
  return (
    <section className="screen results" data-testid="results">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {!online && (
        <p className="fact fact-warn" role="status" data-testid="results-offline">
          {t('offline')}
        </p>
      )}
      {items.state === 'loading' && <p className="waiting">{t('loading')}</p>}
      {items.state === 'failed' && <ErrorPanel error={items.error} onRetry={() => setAttempt((n) => n + 1)} testId="results-error" />}
      {items.state === 'ready' && (
        <ul className="item-list">
          {items.value.map((item) => (
            <li key={item.code}>
              <ResultItem item={item} online={online} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One document: pressed, fetched and sent to the A4 printer, then followed as any A4 job. */
function ResultItem({ item, online }: { item: ItemSummary; online: boolean }) {
  const { t } = useTranslation('results');
  const kiosk = useKiosk();
  const [sent, print] = useAction(useCallback(() => kiosk.invoke('results.print', { itemCode: item.code }), [kiosk, item.code]));
  const testId = `result-${item.code}`;
  return (
    <div className="result-item" data-testid={testId}>
      <button type="button" className="item-button" data-testid={`${testId}-print`} disabled={!online || sent.state === 'busy' || sent.state === 'done'} onClick={() => print()}>
        <span className="item-name">{item.name}</span>
        <span className="item-meta">
          <span>{item.department}</span>
          <span className="item-days">{t('printNow')}</span>
        </span>
      </button>
      {sent.state === 'busy' && (
        <p className="fact fact-wait" aria-live="polite" data-testid={`${testId}-state`}>
          {t('fetching')}
        </p>
      )}
      {sent.state === 'done' && sent.value.to === 'printer' && <A4Job first={sent.value.job} testId={testId} />}
      {sent.state === 'failed' && <ErrorPanel error={sent.error} testId={`${testId}-error`} />}
    </div>
  );
}
