import type { ShellWebContents } from './shell-electron.js';

/**
 * The window shows our page and nothing else: a link, a redirect, a frame navigating elsewhere, a
 * file dropped on the window (Chromium navigates to it), a webview or a popup are all refused.
 */
export function guardNavigation(contents: ShellWebContents, pageUrl: string): void {
  const ours = (url: string) => url === pageUrl;
  contents.on('will-navigate', (event) => !ours(event.url) && event.preventDefault());
  contents.on('will-redirect', (event) => !ours(event.url) && event.preventDefault());
  contents.on('will-frame-navigate', (event) => !ours(event.url) && event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
