import type { KioskApi, KioskBridge } from '../api.js';
import { createBrowserKiosk } from './browser.js';
import { createElectronKiosk } from './electron.js';
import { tokenFromFragment } from './token.js';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge; absent in the browser host. */
    kioskBridge?: KioskBridge;
  }
}

export type TransportChoice =
  | { host: 'electron' | 'browser'; kiosk: KioskApi }
  | { host: 'none'; reason: string };

/** Chosen once at start: the preload's bridge if present, else the browser host's HTTP API. */
export function selectTransport(page: Window & typeof globalThis): TransportChoice {
  if (page.kioskBridge) return { host: 'electron', kiosk: createElectronKiosk(page.kioskBridge) };
  const token = tokenFromFragment(page.location.hash);
  if (!token) return { host: 'none', reason: 'no #token= in the page URL and no Electron bridge' };
  const kiosk = createBrowserKiosk({
    token,
    host: page.location.host,
    fetch: page.fetch.bind(page),
    openSocket: (url) => new page.WebSocket(url),
  });
  return { host: 'browser', kiosk };
}
