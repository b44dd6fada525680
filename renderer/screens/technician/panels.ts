import type { ComponentType } from 'react';
import type { TechnicianWord } from './Both.js';
import { MaintenancePanel } from './panels/MaintenancePanel.js';
import { RestartPanel } from './panels/RestartPanel.js';
import { StatePanel } from './panels/StatePanel.js';

/** One tab of technician mode: its title (a word of the technician messages) and its panel. */
export interface TechnicianPanel {
  id: string;
  title: TechnicianWord;
  Panel: ComponentType;
}

/** The tabs, in order; each panel reads the shared state through useTechnician(). */
export const technicianPanels: readonly TechnicianPanel[] = [
  { id: 'state', title: 'tabState', Panel: StatePanel },
  { id: 'maintenance', title: 'tabMaintenance', Panel: MaintenancePanel },
  { id: 'restart', title: 'tabRestart', Panel: RestartPanel },
];
