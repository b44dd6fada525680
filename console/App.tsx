import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLang, languageOf } from '../ui-shared/i18n/language.js';
import type { SessionReply } from '../platform/protocol/console.js';
import { AlertsProvider } from './alerts/alerts-context.js';
import { AlertsPage } from './alerts/AlertsPage.js';
import { currentSession } from './api/session.js';
import { AuditPage } from './audit/AuditPage.js';
import { EnrollmentPage } from './enrollment/EnrollmentPage.js';
import { FiguresPage } from './figures/FiguresPage.js';
import { FleetPage } from './fleet/FleetPage.js';
import { HallsPage } from './halls/HallsPage.js';
import { HelpCallsPage } from './help-calls/HelpCallsPage.js';
import { ReconciliationPage } from './payments/ReconciliationPage.js';
import { ConfigPage } from './remote-config/ConfigPage.js';
import { Login } from './login/Login.js';
import { Header, mayVisit } from './shell/Header.js';
import { RolloutsPage } from './rollouts/RolloutsPage.js';
import { RemoteCallsPage } from './remote-calls/RemoteCallsPage.js';
import { Refusal } from './shell/Refusal.js';
import { useRoute, type Page, type Route } from './shell/route.js';
import { SessionProvider } from './shell/session.js';
import { TerminalPage } from './terminal/TerminalPage.js';

const pageViews: Record<Page, (props: { go(route: Route): void }) => React.JSX.Element> = {
  fleet: FleetPage,
  alerts: AlertsPage,
  figures: FiguresPage,
  'help-calls': HelpCallsPage,
  config: ConfigPage,
  rollouts: RolloutsPage,
  enrollment: EnrollmentPage,
  audit: AuditPage,
  halls: HallsPage,
  payments: ReconciliationPage,
  remote: RemoteCallsPage,
};

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

function View({ route, go }: { route: Route; go(route: Route): void }) {
  if (route.page === 'terminal') return <TerminalPage terminalId={route.terminalId} go={go} />;
  const PageView = pageViews[route.page];
  return <PageView go={go} />;
}

/** The login page until a session exists (a cookie from earlier counts), then the console. */
export function App() {
  const { t } = useTranslation();
  const [session, setSession] = useState<SessionReply | null | 'loading'>('loading');
  const [error, setError] = useState<unknown>(null);
  const [route, go] = useRoute();
  const loggedOut = useCallback(() => setSession(null), []);
  useDocumentLanguage();
  useEffect(() => {
    currentSession().then(setSession, setError);
  }, []);

  if (error) return <Refusal error={error} />;
  if (session === 'loading') return <p className="page">{t('loading')}</p>;
  if (session === null) return <Login onLoggedIn={setSession} />;
  return (
    <SessionProvider account={session.account} csrfToken={session.csrfToken} onLoggedOut={loggedOut}>
      <AlertsProvider>
        <Header route={route} go={go} />
        <View route={route.page !== 'terminal' && !mayVisit(session.account.role, route.page) ? { page: 'remote' } : route} go={go} />
      </AlertsProvider>
    </SessionProvider>
  );
}
