import { useTranslation } from 'react-i18next';
import { htmlLang, languages } from '../../../ui-shared/i18n/language.js';
import type { technician } from '../../i18n/messages/technician.js';

export type TechnicianWord = keyof (typeof technician)['zh'];

/** i18next types each key's placeholders; a word chosen at run time gets its values as one record. */
type Words = (word: TechnicianWord, values: Record<string, string | number>) => string;

/** A technician's words in Chinese with the English beside: whoever comes to fix it reads one. */
export function Both({ word, values }: { word: TechnicianWord; values?: Record<string, string | number> }) {
  const { i18n } = useTranslation();
  return (
    <>
      {languages.map((language) => (
        <span key={language} className={`both-${language}`} lang={htmlLang(language)}>
          {(i18n.getFixedT(language, 'technician') as Words)(word, values ?? {})}
        </span>
      ))}
    </>
  );
}
