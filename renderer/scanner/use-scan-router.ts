import { useCallback, useEffect, useState, type Dispatch } from 'react';
import type { ScanMeaning } from '../api.js';
import { formOpen, type Action, type Screen } from '../flow/flow.js';
import { markScan } from '../perf/touch-timing.js';
import { useKiosk } from '../transport/context.js';
import { useAppCodeClaimer } from './scan-claims.js';
import { useScans } from './use-scans.js';

/** What the citizen is told when a scan opens nothing: common.ts's words. */
export type ScanNotice = 'scanUnknown' | 'scanFormOpen' | 'scanAppCodeHere' | 'scanItemMissing';

/**
 * What a scan does on the citizen's screens: a receipt opens its case's status, an item code its
 * guide, a booking's QR checks it in for a number, a payment notice 缴费, from any screen with no form open; a 鄂汇办 code goes to the screen that signs in with
 * it; anything else is told in words. The notice goes when the screen changes.
 */
export function useScanRouter(screen: Screen, dispatch: Dispatch<Action>, enabled: boolean): ScanNotice | undefined {
  const kiosk = useKiosk();
  const appCodeClaimer = useAppCodeClaimer();
  const [notice, setNotice] = useState<ScanNotice | undefined>(undefined);
  useEffect(() => setNotice(undefined), [screen]);
  const openItem = useCallback(
    async (itemCode: string) => {
      const items = await kiosk.invoke('catalog.list', {}).catch(() => []);
      const item = items.find((candidate) => candidate.code === itemCode);
      if (item) dispatch({ type: 'scanned-item', item });
      else setNotice('scanItemMissing');
    },
    [kiosk, dispatch],
  );
  const route = useCallback(
    (meaning: ScanMeaning) => {
      if (meaning.kind === 'appCode' || (meaning.kind === 'unknown' && appCodeClaimer.current)) {
        // On the sign-in, a code that is none of ours is answered there: 这不是鄂汇办的身份码.
        if (appCodeClaimer.current) appCodeClaimer.current(meaning.kind === 'appCode' ? meaning.code : meaning.text.slice(0, 1000));
        else setNotice('scanAppCodeHere');
      } else if (meaning.kind === 'unknown' || meaning.kind === 'enrollment') {
        // An enrollment QR is for technician mode; to a citizen it opens nothing.
        setNotice('scanUnknown');
      } else if (formOpen(screen)) {
        setNotice('scanFormOpen');
      } else if (meaning.kind === 'notice') {
        dispatch({ type: 'scanned-notice', noticeNumber: meaning.noticeNumber });
      } else if (meaning.kind === 'receipt') {
        if (screen.name !== 'query') markScan();
        dispatch({ type: 'scanned-receipt', caseNumber: meaning.caseNumber });
      } else if (meaning.kind === 'booking') {
        dispatch({ type: 'scanned-booking', code: meaning.code });
      } else {
        if (screen.name !== 'guide') markScan();
        void openItem(meaning.itemCode);
      }
    },
    [appCodeClaimer, screen, dispatch, openItem],
  );
  useScans(route, enabled);
  return notice;
}
