import { describe, expect, it } from 'vitest';
import { mayInstallUpdate } from './update-policy.js';

describe('when a downloaded update may restart the kiosk', () => {
  it('never while a citizen is at the screen, whatever the hour', () => {
    expect(mayInstallUpdate({ citizenPresent: true, hour: 3, quietHour: 3 })).toBe(false);
    expect(mayInstallUpdate({ citizenPresent: true, hour: 14, quietHour: undefined })).toBe(false);
  });

  it('never when the core could not say whether anyone is there', () => {
    expect(mayInstallUpdate({ citizenPresent: undefined, hour: 3, quietHour: 3 })).toBe(false);
  });

  it('with nobody there, only in the quiet hour where one is configured', () => {
    expect(mayInstallUpdate({ citizenPresent: false, hour: 3, quietHour: 3 })).toBe(true);
    expect(mayInstallUpdate({ citizenPresent: false, hour: 4, quietHour: 3 })).toBe(false);
    expect(mayInstallUpdate({ citizenPresent: false, hour: 0, quietHour: 23 })).toBe(false);
  });

  it('with nobody there and no quiet hour, at once', () => {
    expect(mayInstallUpdate({ citizenPresent: false, hour: 14, quietHour: undefined })).toBe(true);
  });
});
