import { useTranslation } from 'react-i18next';
import type { ServiceState } from '../../api.js';
import { htmlLang, languages } from '../../../ui-shared/i18n/language.js';
import { Hotline } from '../../ui/Hotline.js';

type Reason = Extract<ServiceState, { state: 'outOfService' }>['reason'];

/**
 * A terminal that takes no one says so in both languages at once, with 12345: nobody may be in
 * the hall to switch the language, and a visitor must not stand before a dead screen. The reason
 * is for the technician who comes to fix it.
 */
export function OutOfService({ reason }: { reason: Reason }) {
  const { i18n } = useTranslation();
  const words = languages.map((language) => ({ language, t: i18n.getFixedT(language, 'service') }));
  return (
    <section className="screen out-of-service" data-testid="out-of-service">
      {words.map(({ language, t }) => (
        <div key={language} lang={htmlLang(language)}>
          <h1>{t('title')}</h1>
          <p className="fact">{t('body')}</p>
        </div>
      ))}
      <Hotline languages={languages} />
      <div className="out-of-service-reason" data-testid="out-of-service-reason">
        {words.map(({ language, t }) => (
          <p key={language} lang={htmlLang(language)}>
            {t('reasonLabel')}
            {t(reason)}
          </p>
        ))}
      </div>
    </section>
  );
}
