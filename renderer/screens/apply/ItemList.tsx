import { useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, ListKind } from '../../flow/flow.js';
import { useRequest, type Loaded } from '../../transport/context.js';
import type { ItemSummary, ReplyOf } from '../../api.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { languageOf } from '../../../ui-shared/i18n/language.js';
import { promisedTime } from '../../ui/format.js';
import { KeyboardInput } from '../../keyboard/KeyboardInput.js';

const titles = { items: 'titleItems', lifeEvents: 'titleLifeEvents', guides: 'titleGuides' } as const;

/**
 * A search hit is offered when it fits the list: a 一件事 opens its joined form like any item
 * (form.get and case.submit take either code), but only items have a guide of their own.
 */
const offered: Record<ListKind, (hit: ReplyOf<'catalog.search'>[number]) => boolean> = {
  items: () => true,
  lifeEvents: (hit) => hit.kind === 'lifeEvent',
  guides: (hit) => hit.kind === 'item',
};

function useItems(list: ListKind, query: string, attempt: number): Loaded<ItemSummary[]> {
  const all = useRequest(list === 'lifeEvents' ? 'catalog.lifeEvents' : 'catalog.list', {}, attempt);
  const found = useRequest('catalog.search', { query }, attempt);
  if (query === '') return all;
  return found.state === 'ready' ? { state: 'ready', value: found.value.filter(offered[list]) } : found;
}

export function ItemList({ dispatch, list }: { dispatch: Dispatch<Action>; list: ListKind }) {
  const { t, i18n } = useTranslation('items');
  const [attempt, setAttempt] = useState(0);
  const [query, setQuery] = useState('');
  const items = useItems(list, query.trim(), attempt);
  return (
    <section className="screen items">
      <h1>{t(titles[list])}</h1>
      <KeyboardInput
        layout="pinyin"
        search
        label={t('search')}
        className="item-search"
        testId="item-search"
        value={query}
        maxLength={40}
        placeholder={t('searchHint')}
        onChange={setQuery}
      />
      {items.state === 'loading' && <p className="waiting">{t('loading')}</p>}
      {items.state === 'failed' && <ErrorPanel error={items.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {items.state === 'ready' && items.value.length === 0 && <p className="lead">{query.trim() === '' ? t('none') : t('notFound')}</p>}
      {items.state === 'ready' && (
        <ul className="item-list">
          {items.value.map((item) => (
            <li key={item.code}>
              <button type="button" className="item-button" data-testid={`item-${item.code}`} onClick={() => dispatch({ type: 'chose-item', item })}>
                <span className="item-name">{item.name}</span>
                <span className="item-meta">
                  <span>{item.department}</span>
                  <span className="item-days">{promisedTime(item.promisedDays, languageOf(i18n.language))}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
