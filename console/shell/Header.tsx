import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLang, languageOf } from '../../ui-shared/i18n/language.js';
import { needsAttention, useAlerts } from '../alerts/alerts-context.js';
import { hrefOf, pages, type Page, type Route } from './route.js';
import { Refusal } from './Refusal.js';
import { useSession } from './session.js';

const navKey = { fleet: 'navFleet', alerts: 'navAlerts', figures: 'navFigures', 'help-calls': 'navHelp', config: 'navConfig', rollouts: 'navRollouts', enrollment: 'navTokens', audit: 'navAudit', halls: 'navHalls', payments: 'navPayments', remote: 'navRemote' } as const;

/** The navigation's word for a page; the alerts page says how many want someone. */
function useNavLabel(): (page: Page) => string {
  const { t } = useTranslation();
  const { alerts } = useAlerts();
  const waiting = alerts.filter(needsAttention).length;
  return (page) => (page === 'alerts' && waiting > 0 ? t('navAlertsCount', { count: waiting }) : t(navKey[page]));
}

/** Whether alerts arrive live, and the newest one said aloud to a screen reader as it comes. */
function AlertNews() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('alerts');
  const { live, latest } = useAlerts();
  return (
    <>
      <span className={live ? 'live live-on' : 'live'} data-testid="alert-stream" data-state={live ? 'open' : 'closed'}>
        {live ? t('live') : t('notLive')}
      </span>
      <p className="visually-hidden" role="status" data-testid="alert-news">
        {latest && t('newAlert', { terminal: latest.terminalName, code: latest.terminalCode, kind: ta(`kind_${latest.kind}`) })}
      </p>
    </>
  );
}

/** A clerk takes remote calls and nothing else: their navigation is that one page. */
export const mayVisit = (role: string, page: Page): boolean => role !== 'clerk' || page === 'remote';

/** Who is signed in (name, role, region), the pages, the language and logging out. */
export function Header({ route, go }: { route: Route; go(route: Route): void }) {
  const { t } = useTranslation();
  const { account, logOut } = useSession();
  const [error, setError] = useState<unknown>(null);
  const label = useNavLabel();
  // A terminal's page is reached from the fleet list: the fleet stays the current section.
  const section: Page = route.page === 'terminal' ? 'fleet' : route.page;
  return (
    <header className="header">
      <div className="header-bar">
        <span className="product">{t('product')}</span>
        <AlertNews />
        <span className="account" data-testid="account">
          {t('signedIn', { name: account.name, role: t(`role_${account.role}`), region: account.regionCode })}
        </span>
        <LanguageToggle />
        <button type="button" className="secondary" data-testid="logout" onClick={() => logOut().catch(setError)}>
          {t('logout')}
        </button>
      </div>
      <nav aria-label={t('nav')} className="nav">
        {pages.filter((p) => mayVisit(account.role, p)).map((p) => (
          <a
            key={p}
            href={hrefOf({ page: p })}
            aria-current={p === section ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              go({ page: p });
            }}
          >
            {label(p)}
          </a>
        ))}
      </nav>
      <Refusal error={error} />
    </header>
  );
}

/** Chinese first; the button names the other language in its own script. */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const other = languageOf(i18n.language) === 'en' ? 'zh' : 'en';
  return (
    <button type="button" className="secondary" lang={htmlLang(other)} data-testid="language" onClick={() => void i18n.changeLanguage(other)}>
      {t('language')}
    </button>
  );
}
