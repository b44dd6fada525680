import { useTranslation } from 'react-i18next';
import type { ServiceHours } from '../../api.js';
import { htmlLang, languages } from '../../../ui-shared/i18n/language.js';
import { dayGroups } from './day-groups.js';

type Day = `day${1 | 2 | 3 | 4 | 5 | 6 | 7}`;
const dayKey = (day: number) => `day${day}` as Day;

/** 服务时间 in both languages: 周一至周五 08:30–20:00. */
export function HallHours({ hours }: { hours: ServiceHours }) {
  const { i18n } = useTranslation();
  return (
    <div className="hall-hours" data-testid="hall-hours">
      {languages.map((language) => {
        const t = i18n.getFixedT(language, 'service');
        const days =
          hours.days.length === 7
            ? t('everyDay')
            : dayGroups(hours.days)
                .map(([from, to]) => (from === to ? t(dayKey(from)) : t('dayRange', { from: t(dayKey(from)), to: t(dayKey(to)) })))
                .join(t('daySeparator'));
        return (
          <p key={language} lang={htmlLang(language)}>
            {t('hoursLabel')}
            {days} {hours.opens}–{hours.closes}
          </p>
        );
      })}
    </div>
  );
}
