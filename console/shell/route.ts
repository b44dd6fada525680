import { useCallback, useEffect, useState } from 'react';

/** The console's pages, each its own address under /console/ so a link or a reload keeps it. */
export const pages = ['fleet', 'help-calls', 'config', 'enrollment', 'audit'] as const;
export type Page = (typeof pages)[number];

const prefix = '/console/';

function pageOf(pathname: string): Page {
  const name = pathname.startsWith(prefix) ? pathname.slice(prefix.length).replace(/\/$/, '') : '';
  return pages.find((p) => p === name) ?? 'fleet';
}

/** The page the address names, and a way to go to another that the browser's back button undoes. */
export function useRoute(): [Page, (page: Page) => void] {
  const [page, setPage] = useState<Page>(() => pageOf(window.location.pathname));
  useEffect(() => {
    const onPop = () => setPage(pageOf(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((next: Page) => {
    window.history.pushState(null, '', `${prefix}${next}`);
    setPage(next);
  }, []);
  return [page, go];
}

export const hrefOf = (page: Page): string => `${prefix}${page}`;
