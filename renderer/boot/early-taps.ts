/** Taps on the home drawn at build time, made before the app's own handlers are attached. */
export interface EarlyTaps {
  /** Called once the app is attached: the kept taps reach their buttons' handlers, in order. */
  replay(): void;
}

/**
 * The home is on the glass before the app's script has parsed (the page has no JIT); a tap in
 * that time is kept rather than lost. <html data-taps> says which holds: "kept" until the app is
 * attached, then "live" (the start-up bench waits for it; a tile is never shown without it, since
 * this runs before the first frame: its module is render-blocking).
 */
export function keepEarlyTaps(page: Document): EarlyTaps {
  const kept: HTMLElement[] = [];
  const keep = (event: MouseEvent): void => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    kept.push(button);
    // Kept taps reach their buttons once, at replay: a tap between hydration and the app's first
    // effects would otherwise reach a hydrated handler now and again at replay, and a switch such
    // as 长者模式 flipped twice stays off (the accessibility walk met it under load).
    event.stopImmediatePropagation();
  };
  page.addEventListener('click', keep, { capture: true });
  page.documentElement.dataset.taps = 'kept';
  return {
    replay() {
      page.removeEventListener('click', keep, { capture: true });
      page.documentElement.dataset.taps = 'live';
      // Hydration keeps the same elements: a kept button is still in the page unless the app
      // drew something else in its place (the service closed, no transport), then the tap is moot.
      for (const button of kept.splice(0)) if (button.isConnected) button.click();
    },
  };
}
