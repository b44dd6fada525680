import type { UpdateDownloadedEvent } from 'electron-updater';
import { z } from 'zod';
import { replyEnvelopeSchema, type ReplyEnvelope } from '../api/envelope.js';
import { kioskStatusSchema } from '../api/values.js';
import { pinnedVerdict } from './pinned-certificate.js';
import { mayInstallUpdate } from './update-policy.js';

/** The part of electron-updater's AppUpdater the kiosk uses (startAppUpdates hands in the real one); a test hands in a fake. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-downloaded', listener: (event: UpdateDownloadedEvent) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface AppUpdatesOptions {
  /** The generic feed the platform serves for this terminal's channel: https://PLATFORM/v1/updates/CHANNEL/ */
  feedUrl: string;
  /** The hour (0 to 23) updates may restart the kiosk, or undefined: whenever nobody is at the screen. */
  quietHour: number | undefined;
  /** Whether a citizen is at the screen; undefined when the core cannot say. */
  citizenPresent(): Promise<boolean | undefined>;
  log(line: string): void;
  /** The terminal's local hour; a test sets the clock. */
  hour?: () => number;
}

/**
 * App updates from the platform's generic feed (electron-updater reads latest*.yml there, with the
 * fleet's stagingPercentage, and downloads in the background). Installing restarts the kiosk, so
 * it waits for a moment mayInstallUpdate allows; never on quit by itself, which may come mid-session.
 */
export class AppUpdates {
  private downloaded: string | undefined;

  constructor(
    private readonly updater: Updater,
    private readonly options: AppUpdatesOptions,
  ) {
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = false;
    updater.setFeedURL({ provider: 'generic', url: options.feedUrl });
    updater.on('update-downloaded', (event) => {
      this.downloaded = event.version;
      options.log(`app update ${event.version} downloaded; it installs when nobody is at the screen`);
    });
    updater.on('error', (error) => options.log(`app update: ${error.message}`));
  }

  /** Asks the feed; a newer version in this terminal's rollout share downloads by itself. */
  async check(): Promise<void> {
    await this.updater.checkForUpdates().catch((error: unknown) => this.options.log(`app update check: ${error instanceof Error ? error.message : String(error)}`));
  }

  /** Restarts into the downloaded version if this is a moment for it; says whether it did. */
  async installIfQuiet(): Promise<boolean> {
    if (this.downloaded === undefined) return false;
    const citizenPresent = await this.options.citizenPresent().catch(() => undefined);
    const hour = this.options.hour?.() ?? new Date().getHours();
    if (!mayInstallUpdate({ citizenPresent, hour, quietHour: this.options.quietHour })) return false;
    this.options.log(`installing app update ${this.downloaded}; the kiosk restarts`);
    this.updater.quitAndInstall(true, true);
    return true;
  }
}

/** What kiosk.status says about a citizen at the screen; undefined for any reply that is not a status. */
export function citizenPresentIn(reply: ReplyEnvelope): boolean | undefined {
  const envelope = replyEnvelopeSchema.safeParse(reply);
  if (!envelope.success || !envelope.data.ok) return undefined;
  const status = kioskStatusSchema.safeParse(envelope.data.value);
  return status.success ? status.data.citizenPresent : undefined;
}

/**
 * The launcher's word on updates: TONGBAN_UPDATE_FEED, the feed's address (none: no updates, as in
 * the demo), and TONGBAN_QUIET_HOUR, the local hour (0 to 23) an update may restart the kiosk.
 */
const updateEnvironmentSchema = z.object({
  TONGBAN_UPDATE_FEED: z.url({ protocol: /^https?$/ }).optional(),
  TONGBAN_QUIET_HOUR: z.coerce.number().int().min(0).max(23).optional(),
});

/** The feed and quiet hour the environment names; undefined when it names no feed. Throws on a bad value. */
export function updateSettingsFrom(env: Record<string, string | undefined>): { feedUrl: string; quietHour: number | undefined } | undefined {
  const parsed = updateEnvironmentSchema.safeParse(env);
  if (!parsed.success) throw new Error(`TONGBAN_UPDATE_FEED or TONGBAN_QUIET_HOUR is wrong: ${z.prettifyError(parsed.error)}`);
  const { TONGBAN_UPDATE_FEED: feedUrl, TONGBAN_QUIET_HOUR: quietHour } = parsed.data;
  return feedUrl === undefined ? undefined : { feedUrl, quietHour };
}

const checkEveryMs = 60 * 60_000;
const considerInstallEveryMs = 60_000;

/**
 * Starts updates in a packaged kiosk: checks hourly, looks every minute for a moment to install.
 * With a pinned platform certificate (config.json's platform.ca), the feed is trusted by it alone,
 * as every other request to the platform is, not by the system's CAs.
 */
export async function startAppUpdates(options: AppUpdatesOptions, pinnedCa: string | undefined): Promise<() => void> {
  // Loaded here, not at the top: electron-updater reaches for Electron's app as it loads.
  const { default: electronUpdater } = await import('electron-updater');
  const updater = electronUpdater.autoUpdater;
  if (pinnedCa !== undefined) {
    updater.netSession.setCertificateVerifyProc((request, callback) => callback(pinnedVerdict(request.hostname, request.certificate, pinnedCa)));
  }
  const updates = new AppUpdates(updater, options);
  void updates.check();
  const checking = setInterval(() => void updates.check(), checkEveryMs);
  const installing = setInterval(() => void updates.installIfQuiet(), considerInstallEveryMs);
  return () => {
    clearInterval(checking);
    clearInterval(installing);
  };
}
