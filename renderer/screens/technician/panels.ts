import type { ComponentType } from 'react';
import type { TechnicianState } from '../../api.js';
import type { TechnicianWord } from './Both.js';
import { EnrollPanel } from './panels/EnrollPanel.js';
import { MaintenancePanel } from './panels/MaintenancePanel.js';
import { RestartPanel } from './panels/RestartPanel.js';
import { StatePanel } from './panels/StatePanel.js';
import { CatalogPanel } from './panels/CatalogPanel.js';
import { DevicesPanel } from './panels/DevicesPanel.js';
import { LogsPanel } from './panels/LogsPanel.js';
import { NetworkPanel } from './panels/NetworkPanel.js';
import { SyncPanel } from './panels/SyncPanel.js';

/** One tab of technician mode: its title (a word of the technician messages) and its panel. */
export interface TechnicianPanel {
  id: string;
  title: TechnicianWord;
  Panel: ComponentType;
  /** Only for a terminal in this state (enrollment: an unenrolled one); absent: always. */
  shownWhen?: (state: TechnicianState) => boolean;
}

/** The tabs, in order; each panel reads the shared state through useTechnician(). */
export const technicianPanels: readonly TechnicianPanel[] = [
  { id: 'state', title: 'tabState', Panel: StatePanel },
  { id: 'enroll', title: 'enrollTitle', Panel: EnrollPanel, shownWhen: (state) => state.enrollable },
  { id: 'maintenance', title: 'tabMaintenance', Panel: MaintenancePanel },
  { id: 'sync', title: 'syncTitle', Panel: SyncPanel },
  { id: 'catalog', title: 'catalogTitle', Panel: CatalogPanel },
  { id: 'devices', title: 'devicesTitle', Panel: DevicesPanel },
  { id: 'network', title: 'networkTitle', Panel: NetworkPanel },
  { id: 'logs', title: 'logsTitle', Panel: LogsPanel },
  { id: 'restart', title: 'tabRestart', Panel: RestartPanel },
];
