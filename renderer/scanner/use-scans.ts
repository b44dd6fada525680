import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ScanMeaning } from '../api.js';
import { useKiosk } from '../transport/context.js';
import { useWedgeScan } from './use-wedge-scan.js';

/**
 * Every scan's meaning, from the core's scanner (serial, HID POS: the scanner.scan event) and from
 * the keyboard wedge (sent to the core, which counts a repeat once and classifies it the same way).
 */
export function useScans(onScan: (meaning: ScanMeaning) => void, enabled: boolean): void {
  const kiosk = useKiosk();
  const latest = useRef(onScan);
  useLayoutEffect(() => {
    latest.current = onScan;
  }, [onScan]);
  useWedgeScan((text) => {
    kiosk.invoke('scan.wedge', { text: text.slice(0, 4000) }).then(
      (meaning) => meaning && latest.current(meaning),
      () => undefined,
    );
  }, enabled);
  useEffect(() => (enabled ? kiosk.on('scanner.scan', ({ meaning }) => latest.current(meaning)) : undefined), [kiosk, enabled]);
}
