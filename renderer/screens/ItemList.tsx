import { useState, type Dispatch } from 'react';
import type { Action } from '../flow/flow.js';
import { useRequest } from '../transport/context.js';
import { ErrorPanel } from '../ui/ErrorPanel.js';
import { promisedTime } from '../ui/format.js';

export function ItemList({ dispatch }: { dispatch: Dispatch<Action> }) {
  const [attempt, setAttempt] = useState(0);
  const [query, setQuery] = useState('');
  const all = useRequest('catalog.list', {}, attempt);
  const found = useRequest('catalog.search', { query: query.trim() }, attempt);
  // A 一件事 hit opens its joined form like any item: form.get and case.submit take either code.
  const items = query.trim() === '' ? all : found;
  return (
    <section className="screen items">
      <h1>请选择您要办理的事项</h1>
      <input
        className="item-search"
        data-testid="item-search"
        type="search"
        value={query}
        maxLength={40}
        placeholder="输入事项名称或拼音，如 社保卡、shebaoka、sbk"
        aria-label="搜索事项"
        onChange={(event) => setQuery(event.target.value)}
      />
      {items.state === 'loading' && <p className="waiting">正在加载……</p>}
      {items.state === 'failed' && <ErrorPanel error={items.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {items.state === 'ready' && items.value.length === 0 && (
        <p className="lead">{query.trim() === '' ? '本终端暂无可办理的事项，请到服务窗口办理。' : '没有找到相关事项，请换个说法试试。'}</p>
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
                  <span className="item-days">{promisedTime(item.promisedDays)}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
