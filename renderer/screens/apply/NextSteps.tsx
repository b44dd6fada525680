import { useTranslation } from 'react-i18next';
import type { NextSteps as Next } from '../../api.js';
import { CaseNumber } from '../../ui/CaseNumber.js';
import { formatDay } from '../../ui/format.js';
import { languageOf } from '../../../ui-shared/i18n/language.js';

/** A lobby date (YYYY-MM-DD) at Beijing noon, so formatting in any zone says the same day. */
const lobbyDay = (isoDate: string): Date => new Date(`${isoDate}T12:00:00+08:00`);

/**
 * What happens after 提交, as the core answered it (the receipt prints the same answer): what is
 * still owed and where it goes, when and how each result comes, whom to call.
 */
export function NextSteps({ next }: { next: Next }) {
  const { t, i18n } = useTranslation('done');
  const language = languageOf(i18n.language);
  const day = (iso: string) => formatDay(lobbyDay(iso), language);
  const bundle = next.cases.length > 1;
  return (
    <section className="next-steps" data-testid="next-steps" aria-labelledby="next-steps-title">
      <h2 id="next-steps-title">{t('nextTitle')}</h2>
      {next.owed.length > 0 && (
        <div className="next-owed" data-testid="next-owed">
          <p className="next-heading">{t('owedTitle')}</p>
          <ul>
            {next.owed.map((o) => (
              <li key={o.name}>
                <strong>{t('owedBy', { name: o.name, date: day(o.dueBy) })}</strong>
                <span>{t('owedWhere', { place: o.place, hours: o.hours })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {bundle && <p className="next-heading">{t('bundleCases', { count: next.cases.length })}</p>}
      {bundle && <p className="next-keep" data-testid="next-keep">{t('keep')}</p>}
      <ul className="next-cases" data-testid={bundle ? 'bundle-cases' : 'next-cases'}>
        {next.cases.map((c) => (
          <li key={c.caseNumber} data-testid={`next-case-${c.caseNumber}`}>
            {bundle && <p className="item-name">{c.itemName}</p>}
            {bundle && <CaseNumber value={c.caseNumber} testId={`case-number-${c.itemCode}`} />}
            {bundle && c.caseNumber === next.keep && <p className="next-keep-mark">{t('keepMark')}</p>}
            <dl className="next-facts">
              <dt>{t('promised')}</dt>
              <dd>{c.promisedBy === null ? t('onTheSpot') : t('promisedBy', { count: c.promisedDays, date: day(c.promisedBy) })}</dd>
              <dt>{t('result')}</dt>
              <dd>{t('delivery', { result: c.resultName, ways: c.delivery.join(t('or')) })}</dd>
              <dt>{t('department')}</dt>
              <dd>{t('contact', { department: c.department, phone: c.phone })}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** First on the screen: a citizen who walks off with the receipt and leaves the card loses both. */
export function TakeCard() {
  const { t } = useTranslation('done');
  return (
    <p className="fact fact-warn take-card" data-testid="take-card" role="alert">
      {t('takeCard')}
    </p>
  );
}
