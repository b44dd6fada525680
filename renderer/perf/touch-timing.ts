import { useEffect, useLayoutEffect } from 'react';

const touchMark = 'tongban:touch';
/** The performance measure `npm run bench` observes: from a touch to the next screen drawn. */
export const touchToScreenMeasure = 'tongban:touch-to-screen';

/**
 * Times touch → next screen on the glass: a mark at each pointerdown, a measure (detail: the
 * screen's name) once the new screen's root is committed and its frame drawn. Both are cleared
 * straight away, so a kiosk that runs for months keeps no growing buffer; a PerformanceObserver
 * still receives every measure. A screen changed by a device (a card read) is not timed.
 */
export function useTouchToScreenTiming(screenName: string): void {
  useEffect(() => {
    const mark = (): void => {
      performance.clearMarks(touchMark);
      performance.mark(touchMark);
    };
    window.addEventListener('pointerdown', mark, { capture: true, passive: true });
    return () => window.removeEventListener('pointerdown', mark, { capture: true });
  }, []);

  useLayoutEffect(() => {
    if (performance.getEntriesByName(touchMark, 'mark').length === 0) return;
    // The frame that draws the new screen runs its paint right after this animation frame.
    const frame = requestAnimationFrame(() => setTimeout(() => measure(screenName), 0));
    return () => cancelAnimationFrame(frame);
  }, [screenName]);
}

function measure(screenName: string): void {
  if (performance.getEntriesByName(touchMark, 'mark').length === 0) return;
  performance.measure(touchToScreenMeasure, { start: touchMark, detail: screenName });
  performance.clearMarks(touchMark);
  performance.clearMeasures(touchToScreenMeasure);
}
