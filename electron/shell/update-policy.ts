/** What the shell knows at the moment a downloaded update could be installed. */
export interface UpdateMoment {
  /** A citizen identified at the screen; undefined when the core did not say (crashed, restarting). */
  citizenPresent: boolean | undefined;
  /** The terminal's local hour, 0 to 23. */
  hour: number;
  /** The hour a technician chose for restarts (0 to 23), or undefined: any hour nobody is there. */
  quietHour: number | undefined;
}

/**
 * Installing restarts the kiosk: never while a citizen is at the screen, nor when the core cannot
 * say that nobody is, and only in the quiet hour where one is configured.
 */
export function mayInstallUpdate(moment: UpdateMoment): boolean {
  if (moment.citizenPresent !== false) return false;
  return moment.quietHour === undefined || moment.hour === moment.quietHour;
}
