import { useTranslation } from 'react-i18next';
import { unmetWords, type RefusalView } from '../../api.js';
import { languageOf } from '../../../ui-shared/i18n/language.js';
import { Hotline } from '../../ui/Hotline.js';

/**
 * Shown instead of the form when the card shows 受理条件 the citizen does not meet: why, in the
 * words the core's own refusal at submit uses (one module words both), and where to go instead,
 * before anything is filled in.
 */
export function NotEligible({ refused, onChooseOther }: { refused: readonly RefusalView[]; onChooseOther: () => void }) {
  const { t, i18n } = useTranslation('apply');
  const language = languageOf(i18n.language);
  return (
    <div className="not-eligible" data-testid="not-eligible">
      <h2 className="not-eligible-title">{t('notEligibleTitle')}</h2>
      <ul className="not-eligible-reasons">
        {sameReasons(refused).map(({ itemNames, unmet }) => (
          <li key={itemNames.join()} data-testid="not-eligible-reason">
            <p className="not-eligible-item">{itemNames.join(language === 'zh' ? '、' : ', ')}</p>
            {unmet.map((u) => (
              <p key={u.kind} className="not-eligible-why">
                {unmetWords(u)[language]}
              </p>
            ))}
          </li>
        ))}
      </ul>
      <section className="not-eligible-instead" data-testid="not-eligible-instead">
        <h3>{t('notEligibleInstead')}</h3>
        {/* The catalog's advice is Chinese; an English reader is pointed to the counter and 12345. */}
        <p>{language === 'zh' ? refused[0]?.instead : t('notEligibleInsteadText')}</p>
      </section>
      <Hotline />
      <button type="button" className="primary" data-testid="not-eligible-other" onClick={onChooseOther}>
        {t('chooseOther')}
      </button>
    </div>
  );
}

/** The items of a 一件事 refused for the same reasons are named together, the reasons said once. */
function sameReasons(refused: readonly RefusalView[]): { itemNames: string[]; unmet: RefusalView['unmet'] }[] {
  const byReasons = new Map<string, { itemNames: string[]; unmet: RefusalView['unmet'] }>();
  for (const r of refused) {
    const key = JSON.stringify(r.unmet);
    const known = byReasons.get(key);
    if (known) known.itemNames.push(r.itemName);
    else byReasons.set(key, { itemNames: [r.itemName], unmet: r.unmet });
  }
  return [...byReasons.values()];
}
