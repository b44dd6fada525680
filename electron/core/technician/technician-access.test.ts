import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { hashPin, pinMatches } from './pin-hash.js';
import { TechnicianAccess, type AccessOptions } from './technician-access.js';

/** Cheap scrypt for the lockout's many tries; the real cost is checked on its own below. */
const cost = { n: 2 ** 10, r: 8, p: 1 };

function terminal() {
  const path = join(mkdtempSync(join(tmpdir(), 'tongban-pin-')), 'kiosk.sqlite');
  let now = new Date('2026-12-02T02:00:00Z');
  const lockouts: Date[] = [];
  const options: AccessOptions = { cost, now: () => now, onLockout: (until) => lockouts.push(until) };
  return {
    lockouts,
    /** The kiosk as it starts again on the same store. */
    restart: () => new TechnicianAccess(openStore(path), options),
    later: (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000)),
  };
}

async function wrongTries(access: TechnicianAccess, count: number) {
  const replies = [];
  for (let i = 0; i < count; i++) replies.push(await access.unlock('000000'));
  return replies;
}

describe('the technician PIN', () => {
  it('is a salted scrypt hash that states its cost, and matches only its own PIN', async () => {
    const stored = await hashPin('24681357');
    expect(stored).toMatchObject({ n: 2 ** 15, r: 8, p: 1 });
    expect(stored.salt.length).toBe(16);
    expect((await hashPin('24681357')).hash.equals(stored.hash)).toBe(false);
    expect(await pinMatches('24681357', stored)).toBe(true);
    expect(await pinMatches('24681358', stored)).toBe(false);
  });

  it('unlocks nothing before a PIN is set', async () => {
    expect(await terminal().restart().unlock('123456')).toEqual({ outcome: 'noPin' });
  });

  it('refuses a PIN that is not 6 to 12 digits', async () => {
    await expect(terminal().restart().setPin('12345')).rejects.toThrow(/6 至 12 位/);
  });

  it('locks for 15 minutes after five wrong tries, reports it once, and a restart does not reset it', async () => {
    const kiosk = terminal();
    const access = kiosk.restart();
    await access.setPin('24681357');
    const replies = await wrongTries(access, 4);
    expect(replies.map((r) => r.outcome === 'wrongPin' && r.triesLeft)).toEqual([4, 3, 2, 1]);
    // The fifth wrong try after a restart still counts as the fifth.
    expect(await kiosk.restart().unlock('111111')).toEqual({ outcome: 'lockedOut', until: '2026-12-02T02:15:00.000Z' });
    expect(kiosk.lockouts).toHaveLength(1);
    const restarted = kiosk.restart();
    expect(await restarted.unlock('24681357')).toMatchObject({ outcome: 'lockedOut' });
    kiosk.later(14);
    expect(await restarted.unlock('24681357')).toMatchObject({ outcome: 'lockedOut' });
    kiosk.later(1);
    expect(await restarted.unlock('24681357')).toEqual({ outcome: 'unlocked' });
    expect(kiosk.lockouts).toHaveLength(1);
  });

  it('takes a burst of guesses one at a time, so the sixth is refused unchecked', async () => {
    const kiosk = terminal();
    const access = kiosk.restart();
    await access.setPin('24681357');
    const burst = await Promise.all([...Array.from({ length: 5 }, () => access.unlock('000000')), access.unlock('24681357')]);
    expect(burst.at(-1)).toMatchObject({ outcome: 'lockedOut' });
  });

  it('starts counting again after the right PIN', async () => {
    const access = terminal().restart();
    await access.setPin('24681357');
    await wrongTries(access, 4);
    expect(await access.unlock('24681357')).toEqual({ outcome: 'unlocked' });
    expect(await access.unlock('000000')).toEqual({ outcome: 'wrongPin', triesLeft: 4 });
  });
});
