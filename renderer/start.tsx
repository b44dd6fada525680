import { useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { EarlyTaps } from './boot/early-taps.js';
import { createI18n } from './i18n/i18n.js';
import { KioskPage } from './KioskPage.js';
import { selectTransport } from './transport/select.js';

/**
 * Brings the home drawn at build time to life: the same first render, attached to the HTML
 * already on the glass (hydration) rather than drawn again; then the taps made meanwhile.
 */
export function start(taps: EarlyTaps): void {
  const container = document.getElementById('root') as HTMLElement;
  const transport = selectTransport(window);
  const i18n = createI18n();
  if (transport.host === 'none') {
    console.error(`tongban: cannot reach the kiosk service: ${transport.reason}`);
    createRoot(container).render(
      <I18nextProvider i18n={i18n}>
        <Unreachable />
      </I18nextProvider>,
    );
    taps.replay();
  } else {
    hydrateRoot(
      container,
      <AfterMount run={taps.replay}>
        <KioskPage i18n={i18n} kiosk={transport.kiosk} />
      </AfterMount>,
    );
  }
}

/**
 * Runs `run` once the page's first effects have run (a parent's effect runs after its children's):
 * a kept tap on 长者模式 must come after the app's own start (which sets the hall's default), not
 * be undone by it.
 */
function AfterMount({ run, children }: { run: () => void; children: ReactNode }) {
  useEffect(run, [run]);
  return children;
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
