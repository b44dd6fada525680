import type { ServiceHours } from '../../api/lifecycle.js';
import type { ScreenSettings } from '../../api/values.js';
import type { RemoteSettings } from '../../../platform/protocol/remote-config.js';

/** What a terminal does where neither its config nor the platform says otherwise. */
export const defaultScreen: ScreenSettings = { announcements: [], speech: true, volume: 100, elderModeByDefault: false };

/** The settings the kiosk runs with: the platform's where it sets one, the terminal's own config elsewhere. */
export interface RunningSettings {
  idleSeconds: number;
  /** undefined: round the clock. */
  serviceHours: ServiceHours | undefined;
  screen: ScreenSettings;
}

export function runningSettings(local: { idleSeconds: number; serviceHours: ServiceHours | undefined }, remote: RemoteSettings): RunningSettings {
  const hours = remote.serviceHours === undefined ? local.serviceHours : (remote.serviceHours ?? undefined);
  return {
    idleSeconds: remote.idleSeconds ?? local.idleSeconds,
    serviceHours: hours,
    screen: {
      announcements: remote.announcements ?? defaultScreen.announcements,
      speech: remote.speech ?? defaultScreen.speech,
      volume: remote.volume ?? defaultScreen.volume,
      elderModeByDefault: remote.elderModeByDefault ?? defaultScreen.elderModeByDefault,
    },
  };
}
