import type { Check } from '../../../api.js';
import { htmlLang, languages } from '../../../../ui-shared/i18n/language.js';
import { Both } from '../Both.js';

/** Checks as a technician reads them: a mark, then the core's words in Chinese with the English beside. */
export function CheckList({ checks }: { checks: readonly Check[] }) {
  return (
    <ul className="check-list">
      {checks.map((check) => (
        <li key={check.id} className={check.ok ? 'check check-ok' : 'check check-problem'} data-testid={`check-${check.id}`} data-ok={check.ok}>
          <span className="check-mark">
            {check.ok ? '✓' : '!'} <Both word={check.ok ? 'ok' : 'problem'} />
          </span>
          <span className="check-words">
            {languages.map((language) => (
              <span key={language} className={`both-${language}`} lang={htmlLang(language)}>
                {check.words[language]}
              </span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
