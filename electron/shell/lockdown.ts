import { refusedKey } from './key-lockdown.js';
import type { ShellWebContents } from './shell-electron.js';

/**
 * What a citizen's hands could do to the page beyond tapping it: keys that close, reload or
 * inspect it, a long press's context menu, a pinch that zooms it out of its layout, and the
 * developer tools, which only a developer's explicit flag opens.
 */
export function lockDownContents(contents: ShellWebContents, options: { devTools: boolean }): void {
  contents.on('before-input-event', (event, input) => refusedKey(input) && event.preventDefault());
  contents.on('context-menu', (event) => event.preventDefault());
  // Again after each load: a renderer made anew (after a crash, a reload) starts with Chromium's limits.
  const noPinch = () => void contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  noPinch();
  contents.on('did-finish-load', noPinch);
  if (!options.devTools) contents.on('devtools-opened', () => contents.closeDevTools());
}
