import type { ReactNode } from 'react';
import { hrefOf, type Route } from './route.js';

/** A link to a terminal's page; a real href, so it opens in a new tab too. */
export function TerminalLink({ id, go, children }: { id: string; go(route: Route): void; children: ReactNode }) {
  const route: Route = { page: 'terminal', terminalId: id };
  return (
    <a
      href={hrefOf(route)}
      data-testid="terminal-link"
      onClick={(event) => {
        event.preventDefault();
        go(route);
      }}
    >
      {children}
    </a>
  );
}
