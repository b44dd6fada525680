import { useEffect, useState } from 'react';
import type { KioskStatus } from '../api.js';
import { useKiosk } from '../transport/context.js';

const retryMs = 5000;

/**
 * The terminal's status: asked once at start (again every few seconds until it answers, since the
 * core may still be starting), then kept current by the kiosk.status event.
 */
export function useKioskStatus(): KioskStatus | null {
  const kiosk = useKiosk();
  const [status, setStatus] = useState<KioskStatus | null>(null);
  useEffect(() => {
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (): void => {
      kiosk.invoke('kiosk.status', {}).then(
        (value) => active && setStatus(value),
        () => {
          if (active) timer = setTimeout(ask, retryMs);
        },
      );
    };
    const off = kiosk.on('kiosk.status', setStatus);
    ask();
    return () => {
      active = false;
      clearTimeout(timer);
      off();
    };
  }, [kiosk]);
  return status;
}
