import { useEffect, useLayoutEffect } from 'react';

const touchMark = 'tongban:touch';
const scanMark = 'tongban:scan';
/** The performance measures `npm run bench` observes: from a touch, or a scan, to the next screen drawn. */
export const touchToScreenMeasure = 'tongban:touch-to-screen';
export const scanToScreenMeasure = 'tongban:scan-to-screen';

/** A scan reached the screen and is about to change it: the scan's measure starts here. */
export function markScan(): void {
  performance.clearMarks(scanMark);
  performance.mark(scanMark);
}

/**
 * Times touch → next screen on the glass: a mark at each pointerdown, a measure (detail: the
 * screen's name) once the new screen's root is committed and its frame drawn. Both are cleared
 * straight away, so a kiosk that runs for months keeps no growing buffer; a PerformanceObserver
 * still receives every measure. A screen changed by a scan is timed from the scan's arrival (markScan);
 * one changed by another device (a card read) is not timed.
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
    const started = [touchMark, scanMark].filter((mark) => performance.getEntriesByName(mark, 'mark').length > 0);
    if (started.length === 0) return;
    // The frame that draws the new screen runs its paint right after this animation frame.
    const frame = requestAnimationFrame(() => setTimeout(() => started.forEach((mark) => measure(mark, screenName)), 0));
    return () => cancelAnimationFrame(frame);
  }, [screenName]);
}

function measure(mark: string, screenName: string): void {
  if (performance.getEntriesByName(mark, 'mark').length === 0) return;
  const name = mark === scanMark ? scanToScreenMeasure : touchToScreenMeasure;
  performance.measure(name, { start: mark, detail: screenName });
  performance.clearMarks(mark);
  performance.clearMeasures(name);
}
