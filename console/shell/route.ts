import { useCallback, useEffect, useState } from 'react';

/** The console's pages in its navigation, each its own address under /console/ so a link or a reload keeps it. */
export const pages = ['fleet', 'alerts', 'figures', 'help-calls', 'config', 'rollouts', 'enrollment', 'audit', 'halls', 'payments', 'remote'] as const;
export type Page = (typeof pages)[number];

/** Where the console is: a page of the navigation, or one terminal's page (reached from the fleet list). */
export type Route = { page: Page } | { page: 'terminal'; terminalId: string };

const prefix = '/console/';
const terminalPath = /^terminal\/([0-9a-f-]{36})$/i;

function routeOf(pathname: string): Route {
  const name = pathname.startsWith(prefix) ? pathname.slice(prefix.length).replace(/\/$/, '') : '';
  const terminal = terminalPath.exec(name);
  if (terminal?.[1]) return { page: 'terminal', terminalId: terminal[1] };
  return { page: pages.find((p) => p === name) ?? 'fleet' };
}

export const hrefOf = (route: Route): string => (route.page === 'terminal' ? `${prefix}terminal/${route.terminalId}` : `${prefix}${route.page}`);

/** The route the address names, and a way to go to another that the browser's back button undoes. */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => routeOf(window.location.pathname));
  useEffect(() => {
    const onPop = () => setRoute(routeOf(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((next: Route) => {
    window.history.pushState(null, '', hrefOf(next));
    setRoute(next);
  }, []);
  return [route, go];
}
