import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyboardDock } from '../../../keyboard/Keyboard.js';
import { KeyboardProvider } from '../../../keyboard/KeyboardContext.js';
import { CatalogPanel } from './CatalogPanel.js';
import { DevicesPanel } from './DevicesPanel.js';
import { LogsPanel } from './LogsPanel.js';
import { NetworkPanel } from './NetworkPanel.js';
import { SyncPanel } from './SyncPanel.js';

const panels = { sync: SyncPanel, catalog: CatalogPanel, logs: LogsPanel, network: NetworkPanel, devices: DevicesPanel } as const;
type PanelName = keyof typeof panels;
const titles: Record<PanelName, 'syncTitle' | 'catalogTitle' | 'logsTitle' | 'networkTitle' | 'devicesTitle'> = {
  sync: 'syncTitle',
  catalog: 'catalogTitle',
  logs: 'logsTitle',
  network: 'networkTitle',
  devices: 'devicesTitle',
};

/**
 * The five panels side by side, until technician mode's shell (gesture, PIN, the core's gate)
 * hosts them: opened at ?technician-panels, reachable by no touch. The core refuses technician.*
 * requests unless a technician unlocked it, so this page shows nothing to anyone else.
 */
export function PanelsPreview() {
  const { t, i18n } = useTranslation('technician');
  const [shown, setShown] = useState<PanelName>('sync');
  const Shown = panels[shown];
  return (
    <KeyboardProvider>
      <div className="kiosk">
        <nav className="technician-tabs">
          {(Object.keys(panels) as PanelName[]).map((name) => (
            <button key={name} type="button" className={name === shown ? 'primary' : 'secondary'} data-testid={`tab-${name}`} onClick={() => setShown(name)}>
              {t(titles[name])}
            </button>
          ))}
          <button type="button" className="secondary" data-testid="language" onClick={() => void i18n.changeLanguage(i18n.language === 'en' ? 'zh' : 'en')}>
            {i18n.language === 'en' ? '中文' : 'English'}
          </button>
        </nav>
        <main className="content">
          <Shown key={shown} />
        </main>
        <KeyboardDock />
      </div>
    </KeyboardProvider>
  );
}
