import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLang, languageOf } from '../ui-shared/i18n/language.js';
import type { SessionReply } from '../platform/protocol/console.js';
import { currentSession } from './api/session.js';
import { AuditPage } from './audit/AuditPage.js';
import { EnrollmentPage } from './enrollment/EnrollmentPage.js';
import { FleetPage } from './fleet/FleetPage.js';
import { HelpCallsPage } from './help-calls/HelpCallsPage.js';
import { ConfigPage } from './remote-config/ConfigPage.js';
import { Login } from './login/Login.js';
import { Header } from './shell/Header.js';
import { Refusal } from './shell/Refusal.js';
import { useRoute, type Page } from './shell/route.js';
import { SessionProvider } from './shell/session.js';

const pageViews: Record<Page, () => React.JSX.Element> = { fleet: FleetPage, 'help-calls': HelpCallsPage, config: ConfigPage, enrollment: EnrollmentPage, audit: AuditPage };

/** The page's language follows the toggle, so a screen reader voices the words right. */
function useDocumentLanguage(): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    const update = (code: string) => (document.documentElement.lang = htmlLang(languageOf(code)));
    update(i18n.language);
    i18n.on('languageChanged', update);
    return () => i18n.off('languageChanged', update);
  }, [i18n]);
}

/** The login page until a session exists (a cookie from earlier counts), then the console. */
export function App() {
  const { t } = useTranslation();
  const [session, setSession] = useState<SessionReply | null | 'loading'>('loading');
  const [error, setError] = useState<unknown>(null);
  const [page, go] = useRoute();
  const loggedOut = useCallback(() => setSession(null), []);
  useDocumentLanguage();
  useEffect(() => {
    currentSession().then(setSession, setError);
  }, []);

  if (error) return <Refusal error={error} />;
  if (session === 'loading') return <p className="page">{t('loading')}</p>;
  if (session === null) return <Login onLoggedIn={setSession} />;
  const View = pageViews[page];
  return (
    <SessionProvider account={session.account} csrfToken={session.csrfToken} onLoggedOut={loggedOut}>
      <Header page={page} go={go} />
      <View />
    </SessionProvider>
  );
}
