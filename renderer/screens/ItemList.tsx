import { useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../flow/flow.js';
import { useRequest } from '../transport/context.js';
import { ErrorPanel } from '../ui/ErrorPanel.js';

export function ItemList({ dispatch }: { dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('items');
  const [attempt, setAttempt] = useState(0);
  const [query, setQuery] = useState('');
  const all = useRequest('catalog.list', {}, attempt);
  const found = useRequest('catalog.search', { query: query.trim() }, attempt);
  // A 一件事 hit opens its joined form like any item: form.get and case.submit take either code.
  const items = query.trim() === '' ? all : found;
  return (
    <section className="screen items">
      <h1>{t('title')}</h1>
      <input
        className="item-search"
        data-testid="item-search"
        type="search"
        value={query}
        maxLength={40}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        onChange={(event) => setQuery(event.target.value)}
      />
      {items.state === 'loading' && <p className="waiting">{t('loading')}</p>}
      {items.state === 'failed' && <ErrorPanel error={items.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {items.state === 'ready' && items.value.length === 0 && (
        <p className="lead">{query.trim() === '' ? t('noneHere') : t('noneFound')}</p>
      )}
      {items.state === 'ready' && (
        <ul className="item-list">
          {items.value.map((item) => (
            <li key={item.code}>
              <button
                type="button"
                className="item-button"
                data-testid={`item-${item.code}`}
                onClick={() => dispatch({ type: 'chose-item', item })}
              >
                <span className="item-name">{item.name}</span>
                <span className="item-meta">
                  <span>{item.department}</span>
                  <span className="item-days">{item.promisedDays === 0 ? t('sameDay') : t('promisedDays', { days: item.promisedDays })}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
