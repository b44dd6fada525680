import { useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, ListKind } from '../../flow/flow.js';
import { useRequest, type Loaded } from '../../transport/context.js';
import type { ItemSummary, ReplyOf } from '../../api.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { KeyboardInput } from '../../keyboard/KeyboardInput.js';
import { Browse } from './Browse.js';
import { ItemButtons } from './ItemButtons.js';

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
  const { t } = useTranslation('items');
  const [query, setQuery] = useState('');
  // With nothing typed, items and guides are browsed (个人/法人, 人生事件, department, 热门事项);
  // the few 一件事 need no browsing.
  const browsing = query.trim() === '' && list !== 'lifeEvents';
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
      {browsing ? <Browse list={list} dispatch={dispatch} /> : <Found list={list} query={query.trim()} dispatch={dispatch} />}
    </section>
  );
}

/** What the search found, or every 一件事. */
function Found({ list, query, dispatch }: { list: ListKind; query: string; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('items');
  const [attempt, setAttempt] = useState(0);
  const items = useItems(list, query, attempt);
  return (
    <>
      {items.state === 'loading' && <p className="waiting">{t('loading')}</p>}
      {items.state === 'failed' && <ErrorPanel error={items.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {items.state === 'ready' && items.value.length === 0 && <p className="lead">{query === '' ? t('none') : t('notFound')}</p>}
      {items.state === 'ready' && <ItemButtons items={items.value} dispatch={dispatch} />}
    </>
  );
}
