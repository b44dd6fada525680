import { useState, type Dispatch } from 'react';
import type { Action } from '../flow/flow.js';
import { useRequest } from '../transport/context.js';
import { ErrorPanel } from '../ui/ErrorPanel.js';
import { promisedTime } from '../ui/format.js';

export function ItemList({ dispatch }: { dispatch: Dispatch<Action> }) {
  const [attempt, setAttempt] = useState(0);
  const items = useRequest('catalog.list', {}, attempt);
  return (
    <section className="screen items">
      <h1>请选择您要办理的事项</h1>
      {items.state === 'loading' && <p className="waiting">正在加载……</p>}
      {items.state === 'failed' && <ErrorPanel error={items.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {items.state === 'ready' && items.value.length === 0 && <p className="lead">本终端暂无可办理的事项，请到服务窗口办理。</p>}
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
