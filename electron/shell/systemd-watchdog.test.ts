import { describe, expect, it } from 'vitest';
import { startSystemdWatchdog, watchdogPlan } from './systemd-watchdog.js';

const underSystemd = { NOTIFY_SOCKET: '/run/systemd/notify', WATCHDOG_USEC: '60000000' };

/** A watchdog whose clock is the test's: tick() is one interval passing. */
function watchdog(env: NodeJS.ProcessEnv, healthy: () => Promise<boolean>) {
  const sent: string[] = [];
  const intervals: number[] = [];
  let tick: () => void = () => undefined;
  const running = startSystemdWatchdog({
    env,
    send: async (state) => void sent.push(state),
    healthy,
    every: (ms, onTick) => {
      intervals.push(ms);
      tick = onTick;
      return () => undefined;
    },
    log: () => undefined,
  });
  return { sent, intervals, tick: () => tick(), running };
}

const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the systemd watchdog', () => {
  it('says nothing outside systemd', async () => {
    const { sent, intervals } = watchdog({}, async () => true);
    await settled();
    expect(sent).toEqual([]);
    expect(intervals).toEqual([]);
  });

  it('says READY=1, then WATCHDOG=1 every half WatchdogSec while the kiosk is healthy', async () => {
    const { sent, intervals, tick } = watchdog(underSystemd, async () => true);
    tick();
    await settled();
    tick();
    await settled();
    expect(intervals).toEqual([30_000]);
    expect(sent).toEqual(['READY=1', 'WATCHDOG=1', 'WATCHDOG=1']);
  });

  it('goes quiet while the core hangs, so that systemd restarts the kiosk', async () => {
    const { sent, tick } = watchdog(underSystemd, () => new Promise<boolean>(() => undefined));
    tick();
    tick();
    await settled();
    expect(sent).toEqual(['READY=1']);
  });

  it('says READY=1 only when systemd does not watch', () => {
    expect(watchdogPlan({ NOTIFY_SOCKET: '@/org/freedesktop/systemd1/notify' })).toEqual({ notify: true, petEveryMs: undefined });
    expect(watchdogPlan({ WATCHDOG_USEC: '60000000' })).toEqual({ notify: false, petEveryMs: undefined });
  });
});
