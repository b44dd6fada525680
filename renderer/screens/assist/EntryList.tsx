import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemSummary } from '../../api.js';
import type { Action } from '../../flow/flow.js';
import { promisedTime } from '../../ui/format.js';
import { languageOf } from '../../../ui-shared/i18n/language.js';

export interface Entry extends ItemSummary {
  kind: 'item' | 'lifeEvent';
  /** A line quoted from the guide, when a question led here. */
  answer?: string;
}

/** Where guided help leads: an item opens its guide (which offers 在本机办理); a 一件事 asks for the card, then opens its one form. */
export function EntryList({ entries, dispatch, testId }: { entries: readonly Entry[]; dispatch: Dispatch<Action>; testId: string }) {
  const { t, i18n } = useTranslation('assist');
  return (
    <ul className="item-list assist-entries" data-testid={testId}>
      {entries.map(({ answer, kind, ...item }) => (
        <li key={item.code}>
          <button
            type="button"
            className="item-button"
            data-testid={`entry-${item.code}`}
            onClick={() => dispatch(kind === 'item' ? { type: 'chose-item', item } : { type: 'apply-event', item })}
          >
            <span className="item-name">{item.name}</span>
            {answer && <span className="assist-answer">{answer}</span>}
            <span className="item-meta">
              <span>{kind === 'item' ? item.department : t('lifeEvent')}</span>
              <span className="item-days">{promisedTime(item.promisedDays, languageOf(i18n.language))}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
