import { renderToString } from 'react-dom/server';
import type { KioskApi } from '../api.js';
import { createI18n } from '../i18n/i18n.js';
import { KioskPage } from '../KioskPage.js';

/**
 * Never answers: at build time no effect runs, so nothing asks; the type wants a kiosk.
 */
const buildTimeKiosk: KioskApi = {
  invoke: () => new Promise(() => undefined),
  on: () => () => undefined,
};

/**
 * The kiosk's first render as HTML (the home, in Chinese, before the status is known), put in
 * index.html at build time so the home is on the glass before the app's script is parsed.
 */
export function homeHtml(): string {
  return renderToString(<KioskPage i18n={createI18n()} kiosk={buildTimeKiosk} />);
}
