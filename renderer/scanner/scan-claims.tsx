import { createContext, useContext, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

type Claimer = (code: string) => void;

/**
 * The screen that takes 鄂汇办 codes (identify's AppCodeSignIn) claims them while it shows; a code
 * scanned anywhere else is told where to show it. Receipts and items need no claim: they open
 * their screen from anywhere (App's scan router).
 */
const ClaimsContext = createContext<{ current: Claimer | undefined }>({ current: undefined });

export function ScanClaims({ children }: { children: ReactNode }) {
  const claim = useRef<Claimer | undefined>(undefined);
  return <ClaimsContext.Provider value={claim}>{children}</ClaimsContext.Provider>;
}

export function useAppCodeClaimer(): { current: Claimer | undefined } {
  return useContext(ClaimsContext);
}

/** While mounted, 鄂汇办 codes from any scanner come here. */
export function useAppCodeScans(onCode: Claimer): void {
  const claims = useContext(ClaimsContext);
  const latest = useRef(onCode);
  useLayoutEffect(() => {
    latest.current = onCode;
  }, [onCode]);
  useEffect(() => {
    const claimer: Claimer = (code) => latest.current(code);
    claims.current = claimer;
    return () => {
      if (claims.current === claimer) claims.current = undefined;
    };
  }, [claims]);
}
