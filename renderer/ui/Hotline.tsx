import { useTranslation } from 'react-i18next';
import { htmlLang, languageOf, type Language } from '../../ui-shared/i18n/language.js';
import './hotline.css';

/**
 * 12345, large, for when no one is in the hall. Its words in the screen's language, or in each
 * of `languages` (a screen no citizen can switch, shown to everyone).
 */
export function Hotline({ languages }: { languages?: readonly Language[] }) {
  const { i18n } = useTranslation();
  const shown = languages ?? [languageOf(i18n.language)];
  const words = shown.map((language) => ({ language, t: i18n.getFixedT(language, 'help') }));
  return (
    <div className="hotline" data-testid="hotline">
      {words.map(({ language, t }) => (
        <p key={language} className="hotline-label" lang={htmlLang(language)}>
          {t('hotlineLabel')}
        </p>
      ))}
      <p className="hotline-number">{words[0]?.t('hotline')}</p>
      {words.map(({ language, t }) => (
        <p key={language} className="hotline-note" lang={htmlLang(language)}>
          {t('hotlineNote')}
        </p>
      ))}
    </div>
  );
}
