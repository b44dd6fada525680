import { useTranslation } from 'react-i18next';
import type { Check } from '../../../api.js';
import { languageOf } from '../../../../ui-shared/i18n/language.js';

/** Checks as a technician reads them: a mark, then the core's words in the screen's language. */
export function CheckList({ checks }: { checks: readonly Check[] }) {
  const { t, i18n } = useTranslation('technician');
  const language = languageOf(i18n.language);
  return (
    <ul className="check-list">
      {checks.map((check) => (
        <li key={check.id} className={check.ok ? 'check check-ok' : 'check check-problem'} data-testid={`check-${check.id}`} data-ok={check.ok}>
          <span className="check-mark">{check.ok ? `✓ ${t('ok')}` : `! ${t('problem')}`}</span>
          <span className="check-words">{check.words[language]}</span>
        </li>
      ))}
    </ul>
  );
}
