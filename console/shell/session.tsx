import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Account } from '../../platform/protocol/console.js';
import { createApi, type Api } from '../api/client.js';

export interface Session {
  account: Account;
  api: Api;
  logOut(): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

/** The signed-in account and the API with its CSRF token, for every page below the login. */
export function SessionProvider({ account, csrfToken, onLoggedOut, children }: { account: Account; csrfToken: string; onLoggedOut(): void; children: ReactNode }) {
  const session = useMemo<Session>(() => {
    const api = createApi(csrfToken, onLoggedOut);
    return {
      account,
      api,
      logOut: async () => {
        await api.post('/v1/console/logout', {});
        onLoggedOut();
      },
    };
  }, [account, csrfToken, onLoggedOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
