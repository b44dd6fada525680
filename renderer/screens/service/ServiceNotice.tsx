import { useTranslation } from 'react-i18next';
import type { ServiceHours, ServiceState } from '../../api.js';
import { htmlLang, languages } from '../../../ui-shared/i18n/language.js';
import { Hotline } from '../../ui/Hotline.js';
import { HallHours } from './HallHours.js';

/** The states in which the terminal takes no one (a full disk still takes queries: DiskFullBanner). */
export type Closed = Exclude<ServiceState, { state: 'demo' | 'inService' | 'diskFull' }>;

const headings = {
  outOfService: ['outOfServiceTitle', 'outOfServiceBody'],
  maintenance: ['maintenanceTitle', 'maintenanceBody'],
  outOfHours: ['outOfHoursTitle', 'outOfHoursBody'],
  unenrolled: ['unenrolledTitle', 'unenrolledBody'],
} as const;

/**
 * A terminal that takes no one says so in both languages at once, with 12345 and the hall's hours
 * where known: nobody may be in the hall to switch the language, and a visitor must not stand
 * before a dead screen. Out of service it says why in plain words; the technician's detail is
 * in technician mode.
 */
export function ServiceNotice({ service, hours }: { service: Closed; hours: ServiceHours | null }) {
  const { i18n } = useTranslation();
  const words = languages.map((language) => ({ language, t: i18n.getFixedT(language, 'service') }));
  const [title, body] = headings[service.state];
  return (
    <section className="screen out-of-service" data-testid="out-of-service" data-state={service.state}>
      {words.map(({ language, t }) => (
        <div key={language} lang={htmlLang(language)}>
          <h1>{t(title)}</h1>
          <p className="fact">{t(body)}</p>
        </div>
      ))}
      {hours && <HallHours hours={hours} />}
      <Hotline languages={languages} />
      {service.state === 'outOfService' && (
        <div className="out-of-service-reason" data-testid="out-of-service-reason">
          {words.map(({ language, t }) => (
            <p key={language} lang={htmlLang(language)}>
              {t('reasonLabel')}
              {t(service.reason)}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
