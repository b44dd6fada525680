import { EventEmitter } from 'node:events';
import type { UpdateDownloadedEvent } from 'electron-updater';
import { describe, expect, it } from 'vitest';
import { sampleKioskStatus } from '../../tests/support/kiosk-status.js';
import { AppUpdates, citizenPresentIn, updateSettingsFrom, type AppUpdatesOptions, type Updater } from './app-updates.js';

/** electron-updater's AppUpdater as the kiosk drives it: events in, calls recorded. */
class FakeUpdater extends EventEmitter implements Updater {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  feed: unknown;
  installs: Array<[boolean | undefined, boolean | undefined]> = [];
  setFeedURL(options: { provider: 'generic'; url: string }): void {
    this.feed = options;
  }
  async checkForUpdates(): Promise<null> {
    return null;
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push([isSilent, isForceRunAfter]);
  }
  downloaded(version: string): void {
    this.emit('update-downloaded', { version } as UpdateDownloadedEvent);
  }
}

function kiosk(options: Partial<AppUpdatesOptions> & { present?: boolean | undefined; hour?: () => number } = {}) {
  const updater = new FakeUpdater();
  const state = { present: 'present' in options ? options.present : false };
  const log: string[] = [];
  const updates = new AppUpdates(updater, {
    feedUrl: 'https://platform.example/v1/updates/stable/',
    quietHour: undefined,
    citizenPresent: async () => state.present,
    log: (line) => log.push(line),
    hour: () => 12,
    ...options,
  });
  return { updater, updates, state, log };
}

describe('app updates on the kiosk', () => {
  it('reads the platform’s generic feed, downloads by itself and never installs on quit by itself', () => {
    const { updater } = kiosk();
    expect(updater.feed).toEqual({ provider: 'generic', url: 'https://platform.example/v1/updates/stable/' });
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(false);
  });

  it('installs nothing before an update has downloaded', async () => {
    const { updater, updates } = kiosk();
    expect(await updates.installIfQuiet()).toBe(false);
    expect(updater.installs).toEqual([]);
  });

  it('waits while a citizen is at the screen, then installs silently and starts the kiosk again', async () => {
    const { updater, updates, state } = kiosk({ present: true });
    updater.downloaded('0.2.0');
    expect(await updates.installIfQuiet()).toBe(false);
    expect(updater.installs).toEqual([]);
    state.present = false;
    expect(await updates.installIfQuiet()).toBe(true);
    expect(updater.installs).toEqual([[true, true]]);
  });

  it('does not install when the core cannot say who is there', async () => {
    const { updater, updates } = kiosk({ citizenPresent: () => Promise.reject(new Error('core restarting')) });
    updater.downloaded('0.2.0');
    expect(await updates.installIfQuiet()).toBe(false);
    expect(updater.installs).toEqual([]);
  });

  it('keeps to the quiet hour where one is configured', async () => {
    let hour = 14;
    const { updater, updates } = kiosk({ quietHour: 3, hour: () => hour });
    updater.downloaded('0.2.0');
    expect(await updates.installIfQuiet()).toBe(false);
    hour = 3;
    expect(await updates.installIfQuiet()).toBe(true);
  });

  it('logs an updater error and keeps the kiosk running', () => {
    const { updater, log } = kiosk();
    updater.emit('error', new Error('feed unreachable'));
    expect(log).toEqual(['app update: feed unreachable']);
  });
});

describe('whether kiosk.status says a citizen is there', () => {
  const status = Object.fromEntries(Object.entries(sampleKioskStatus).filter(([key]) => key !== 'citizenPresent'));

  it('is the status’s word', () => {
    expect(citizenPresentIn({ ok: true, value: { ...status, citizenPresent: true } })).toBe(true);
    expect(citizenPresentIn({ ok: true, value: { ...status, citizenPresent: false } })).toBe(false);
  });

  it('is unknown for an error or a status without it', () => {
    expect(citizenPresentIn({ ok: false, error: { code: 'INTERNAL', message: '请稍候', en: { message: 'Please wait' } } })).toBeUndefined();
    expect(citizenPresentIn({ ok: true, value: status })).toBeUndefined();
  });
});

describe('the launcher’s update settings', () => {
  it('name the feed and the quiet hour', () => {
    expect(updateSettingsFrom({ TONGBAN_UPDATE_FEED: 'https://platform.example/v1/updates/stable/', TONGBAN_QUIET_HOUR: '3' })).toEqual({
      feedUrl: 'https://platform.example/v1/updates/stable/',
      quietHour: 3,
    });
    expect(updateSettingsFrom({ TONGBAN_UPDATE_FEED: 'https://platform.example/v1/updates/stable/' })?.quietHour).toBeUndefined();
  });

  it('without a feed, turn updates off', () => {
    expect(updateSettingsFrom({ TONGBAN_QUIET_HOUR: '3' })).toBeUndefined();
  });

  it('refuse an hour that is none, and a feed that is no web address, before anything starts', () => {
    expect(() => updateSettingsFrom({ TONGBAN_UPDATE_FEED: 'https://platform.example/v1/updates/stable/', TONGBAN_QUIET_HOUR: '24' })).toThrow(/TONGBAN_QUIET_HOUR/);
    expect(() => updateSettingsFrom({ TONGBAN_UPDATE_FEED: 'file:///etc/' })).toThrow(/TONGBAN_UPDATE_FEED/);
  });
});
