import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLang, languageOf } from '../../ui-shared/i18n/language.js';
import { hrefOf, pages, type Page } from './route.js';
import { Refusal } from './Refusal.js';
import { useSession } from './session.js';

const navKey = { fleet: 'navFleet', 'help-calls': 'navHelp', config: 'navConfig', enrollment: 'navTokens', audit: 'navAudit' } as const;

/** Who is signed in (name, role, region), the pages, the language and logging out. */
export function Header({ page, go }: { page: Page; go(page: Page): void }) {
  const { t } = useTranslation();
  const { account, logOut } = useSession();
  const [error, setError] = useState<unknown>(null);
  return (
    <header className="header">
      <div className="header-bar">
        <span className="product">{t('product')}</span>
        <span className="account" data-testid="account">
          {t('signedIn', { name: account.name, role: t(`role_${account.role}`), region: account.regionCode })}
        </span>
        <LanguageToggle />
        <button type="button" className="secondary" data-testid="logout" onClick={() => logOut().catch(setError)}>
          {t('logout')}
        </button>
      </div>
      <nav aria-label={t('nav')} className="nav">
        {pages.map((p) => (
          <a
            key={p}
            href={hrefOf(p)}
            aria-current={p === page ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              go(p);
            }}
          >
            {t(navKey[p])}
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
