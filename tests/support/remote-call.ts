// 远程帮办 in e2e: a kiosk page and a clerk's console page, each in a Chromium with fake media,
// on loopback. The remote-window and remote-screen tests share these steps.
import type { Page } from 'playwright-core';
import { beforeAll, expect } from 'vitest';
import { useBrowser, useKiosk, type KioskFixture } from '../e2e/harness.js';
import { addClerks, launchWithMedia, openConsoleAs, openRemoteKiosk } from '../e2e/remote-steps.js';
import { framesDecoded } from './webrtc-loopback.js';

/** Frames decoded by the element's video: media arrived and played, whatever the clock says. */
const framesOf = (page: Page, testId: string): Promise<number> => page.getByTestId(testId).evaluate(framesDecoded);

export interface RemoteCallFixture {
  kiosk: KioskFixture;
  openKiosk(): Promise<Page>;
  /** `probes`: more init scripts for the clerk's page (screenChannelProbe). */
  openConsoleAs(name: string, ...probes: string[]): Promise<Page>;
  expectMediaBothWays(citizen: Page, clerk: Page): Promise<void>;
}

/**
 * One demo kiosk (in a Chromium with fake media) and a second Chromium for clerks; the demo
 * terminal is enrolled in Wuhan (420100): clerk.wuhan covers it, clerk.jiangan (420102) does not.
 */
export function useRemoteCall(name: string): RemoteCallFixture {
  const kiosk = useKiosk(name, launchWithMedia);
  const clerkBrowser = useBrowser(launchWithMedia);

  beforeAll(() => addClerks(kiosk.demo.platform.db));

  return {
    kiosk,
    openKiosk: () => openRemoteKiosk(kiosk),
    openConsoleAs: (clerk, ...probes) => openConsoleAs(clerkBrowser, `${kiosk.demo.platform.url}/console/`, clerk, ...probes),
    async expectMediaBothWays(citizen, clerk) {
      await expect.poll(() => framesOf(citizen, 'remote-clerk-video'), { timeout: 20_000 }).toBeGreaterThan(0);
      await expect.poll(() => framesOf(clerk, 'clerk-remote-video'), { timeout: 20_000 }).toBeGreaterThan(0);
    },
  };
}

/**
 * A clerk page init script for tests that speak on the screen channel as a broken or hostile
 * clerk would: it keeps the channel the kiosk opened (window.screenProbe) and what came on it.
 */
export const screenChannelProbe = `(() => {
  const Original = RTCPeerConnection;
  window.RTCPeerConnection = class extends Original {
    constructor(...args) {
      super(...args);
      this.addEventListener('datachannel', ({ channel }) => {
        const probe = { channel, received: [] };
        channel.addEventListener('message', ({ data }) => probe.received.push(JSON.parse(data)));
        window.screenProbe = probe;
      });
    }
  };
})();`;
