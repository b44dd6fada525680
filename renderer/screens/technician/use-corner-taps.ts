import { useEffect } from 'react';
import { afterTap, isCornerTap } from './corner-taps.js';

/**
 * Listens for the corner gesture on any screen. It only listens (passive, never cancelling), and
 * counts no tap that landed on a control, so it takes nothing from a citizen.
 */
export function useCornerTaps(onGesture: () => void): void {
  useEffect(() => {
    let times: number[] = [];
    const tapped = (event: PointerEvent): void => {
      if (!isCornerTap(event.clientX, event.clientY, window.innerWidth, event.target)) return;
      const next = afterTap(times, event.timeStamp);
      times = next.times;
      if (next.opens) onGesture();
    };
    window.addEventListener('pointerdown', tapped, { passive: true });
    return () => window.removeEventListener('pointerdown', tapped);
  }, [onGesture]);
}
