import './effect-timing.js';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { App } from './App.js';
import { createI18n } from './i18n/i18n.js';
import { KioskProvider } from './transport/context.js';
import { selectTransport } from './transport/select.js';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
const transport = selectTransport(window);
const i18n = createI18n();

// No <StrictMode>: its development double-run of effects would start two card reads at once.
if (transport.host === 'none') {
  console.error(`tongban: cannot reach the kiosk service: ${transport.reason}`);
  root.render(
    <I18nextProvider i18n={i18n}>
      <Unreachable />
    </I18nextProvider>,
  );
} else {
  root.render(
    <I18nextProvider i18n={i18n}>
      <KioskProvider kiosk={transport.kiosk}>
        <App />
      </KioskProvider>
    </I18nextProvider>,
  );
}

/** Started wrongly (no bridge, no token): the citizen gets a plain notice, technicians the console line. */
function Unreachable() {
  const { t } = useTranslation();
  return (
    <main className="content unreachable">
      <h1>{t('unreachableTitle')}</h1>
      <p className="lead">{t('unreachableLead')}</p>
    </main>
  );
}
