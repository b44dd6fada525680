import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../ui-shared/i18n/language.js';
import { prerendering } from '../prerender/prerendering.js';
import { formatClock, formatDay } from './format.js';

/** Date and time for the home screen; many citizens check it against an appointment slip. */
export function Clock() {
  const { i18n } = useTranslation();
  // Drawn at build time, the home shows no time rather than a wrong one until the app attaches.
  const [now, setNow] = useState<Date | null>(() => (prerendering ? null : new Date()));
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 10_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="clock">
      <span className="clock-time">{now && formatClock(now)}</span>
      <span className="clock-day">{now && formatDay(now, languageOf(i18n.language))}</span>
    </div>
  );
}
