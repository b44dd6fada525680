import { describe, expect, it } from 'vitest';
import { quietRestartDue } from './quiet-restart.js';

/** Local time on the terminal, 2 December 2026. */
const at = (hour: number, minute = 0, day = 2) => new Date(2026, 11, day, hour, minute);
const yesterday = at(8, 0, 1);

describe('the quiet-hour restart', () => {
  it.each([
    ['in the quiet hour with nobody there, started yesterday', at(3, 5), yesterday, false, true],
    ['just before the quiet hour', at(2, 59), yesterday, false, false],
    ['just after it', at(4, 0), yesterday, false, false],
    ['in the afternoon', at(15, 0), yesterday, false, false],
    ['while a citizen is being served', at(3, 10), yesterday, true, false],
    ['after that citizen left, still in the hour', at(3, 40), yesterday, false, true],
    ['when the kiosk already restarted in this hour', at(3, 30), at(3, 1), false, false],
  ] as const)('%s', (_case, now, startedAt, citizenPresent, due) => {
    expect(quietRestartDue({ now, startedAt, quietHour: 3, citizenPresent })).toBe(due);
  });

  it('works for the last hour of the day', () => {
    expect(quietRestartDue({ now: at(23, 30), startedAt: yesterday, quietHour: 23, citizenPresent: false })).toBe(true);
    expect(quietRestartDue({ now: at(0, 30), startedAt: yesterday, quietHour: 23, citizenPresent: false })).toBe(false);
  });
});
