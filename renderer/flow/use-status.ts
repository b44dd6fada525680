import { useEffect, useState } from 'react';
import type { KioskApi, KioskStatus } from '../api.js';
import { afterPaint } from '../perf/after-paint.js';
import { useKiosk } from '../transport/context.js';

const retryMs = 5000;

/**
 * Follows the terminal's status: asked once at start (again every few seconds until it answers,
 * since the core may still be starting), then kept current by the kiosk.status event. Once an
 * event has come, a reply still on its way is older than it and is dropped: the platform going
 * down while the page asked would otherwise leave the page sure it is online, since the core says
 * a status again only when it changes.
 */
export function followStatus(kiosk: Pick<KioskApi, 'invoke' | 'on'>, show: (status: KioskStatus) => void): () => void {
  let active = true;
  let heard = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ask = (): void => {
    kiosk.invoke('kiosk.status', {}).then(
      (value) => active && !heard && show(value),
      () => {
        if (active && !heard) timer = setTimeout(ask, retryMs);
      },
    );
  };
  const off = kiosk.on('kiosk.status', (status) => {
    heard = true;
    show(status);
  });
  ask();
  return () => {
    active = false;
    clearTimeout(timer);
    off();
  };
}

export function useKioskStatus(): KioskStatus | null {
  const kiosk = useKiosk();
  const [status, setStatus] = useState<KioskStatus | null>(null);
  // Asked once the home is painted: the answer needs zod's chunk, whose parsing would hold it up.
  useEffect(() => {
    let stop: (() => void) | undefined;
    const cancel = afterPaint(() => (stop = followStatus(kiosk, setStatus)));
    return () => {
      cancel();
      stop?.();
    };
  }, [kiosk]);
  return status;
}
