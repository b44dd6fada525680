import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { KioskApi } from './api.js';
import { App } from './App.js';
import { KioskProvider } from './transport/context.js';

/** The whole kiosk page: drawn at build time as the home (prerender/home-html.tsx), then hydrated in the browser (start.tsx). */
export function KioskPage({ i18n, kiosk }: { i18n: i18n; kiosk: KioskApi }) {
  // No <StrictMode>: its development double-run of effects would start two card reads at once.
  return (
    <I18nextProvider i18n={i18n}>
      <KioskProvider kiosk={kiosk}>
        <App />
      </KioskProvider>
    </I18nextProvider>
  );
}
