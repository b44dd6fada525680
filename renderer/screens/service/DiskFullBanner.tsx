import { useTranslation } from 'react-i18next';
import { htmlLang, languages } from '../../../ui-shared/i18n/language.js';

/**
 * A full disk refuses new applications but still answers queries: the home says so in both
 * languages at once, with 12345, before anyone starts an application the core would refuse.
 */
export function DiskFullBanner() {
  const { i18n } = useTranslation();
  return (
    // aria-live, not role="status": a role would make its top-right corner a control, and a
    // technician's five taps there must still open technician mode on a full terminal.
    <div className="offline-banner disk-full-banner" aria-live="polite" data-testid="disk-full-banner">
      {languages.map((language) => (
        <p key={language} lang={htmlLang(language)}>
          {i18n.getFixedT(language, 'service')('diskFullBanner')}
        </p>
      ))}
    </div>
  );
}
