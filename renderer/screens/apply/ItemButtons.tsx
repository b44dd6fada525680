import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemSummary } from '../../api.js';
import type { Action } from '../../flow/flow.js';
import { languageOf } from '../../../ui-shared/i18n/language.js';
import { promisedTime } from '../../ui/format.js';

/** Items (or 一件事) to tap: the name, the department and the promised time. */
export function ItemButtons({ items, dispatch }: { items: readonly ItemSummary[]; dispatch: Dispatch<Action> }) {
  const { i18n } = useTranslation('items');
  return (
    <ul className="item-list">
      {items.map((item) => (
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
  );
}
