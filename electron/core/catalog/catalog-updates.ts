import type { Database } from 'better-sqlite3';
import type { CatalogReport } from '../../../platform/protocol/catalog.js';
import type { TerminalIdentity } from '../uplink/terminal-identity.js';
import type { PlatformLink } from '../uplink/platform-link.js';
import type { NewCatalog } from './bundle/apply-bundle.js';
import { InstalledCatalogs } from './bundle/installed-catalogs.js';
import { CatalogPreparer } from './bundle/prepare-in-worker.js';
import { defaultMaxBundleBytes, trustedKeys } from '../../../platform/protocol/bundle-verify.js';
import { CatalogPuller } from './catalog-puller.js';
import type { CatalogView } from './catalog.js';

export interface CatalogUpdatesOptions {
  db: Database;
  terminal: TerminalIdentity;
  /** The terminal's platform and its pinned certificate. */
  platform: PlatformLink;
  everyMs: number;
  log: (line: string) => void;
  /** What this terminal offers of a catalog. */
  view: CatalogView;
  /** Called with each bundle applied, after it is committed: the caller switches its catalog in. */
  onApplied: (bundle: NewCatalog) => void;
}

export interface CatalogUpdates {
  /**
   * The platform names the version meant for this terminal (in its heartbeat reply): one above
   * what it runs is fetched at once rather than at the next round. One it already refused is
   * left to the rounds, so a refusal is not fetched again with every heartbeat.
   */
  offered(version: number): void;
  /** Asks the platform now (an operator's catalog.reload) and resolves when that round is over. */
  pullNow(): Promise<void>;
  /** What the heartbeat tells the platform of this terminal's catalog; undefined while updates are off. */
  report(): CatalogReport | undefined;
  stop(): Promise<void>;
}

/**
 * Pulls the newest bundle now and then every `everyMs`, in the background. A terminal given no
 * catalog keys at enrollment would refuse every bundle, so it does not ask for any.
 */
export function startCatalogUpdates(options: CatalogUpdatesOptions): CatalogUpdates {
  const { terminal, log } = options;
  const trust = terminal.catalogTrust;
  if (trust.keys.length === 0 || trust.threshold < 1) {
    log('catalog: no trusted catalog keys from enrollment; catalog updates are off');
    return { offered: () => undefined, pullNow: async () => undefined, report: () => undefined, stop: async () => undefined };
  }
  // Started with the core, so a bundle that arrives finds it warm; idle, it costs only memory.
  const preparer = new CatalogPreparer();
  const installed = new InstalledCatalogs(options.db);
  const puller = new CatalogPuller(installed, {
    platform: options.platform,
    terminalId: terminal.terminalId,
    privateKey: terminal.privateKey,
    trust: { keys: trustedKeys(trust), threshold: trust.threshold, maxBytes: defaultMaxBundleBytes },
    preparer,
    view: options.view,
    log,
  });
  const updates = pullLoop(puller, options);
  return {
    offered: (version) => {
      if (version > installed.floorVersion() && installed.lastRefusal()?.version !== version) void updates.now();
    },
    pullNow: () => updates.now(),
    report: () => installed.report(),
    stop: async () => {
      await updates.stop();
      await preparer.close();
    },
  };
}

interface PullLoop {
  /** A round now, unless one is under way (it fetches the newest anyway); the next is counted from its end. Resolves when it is over. */
  now(): Promise<void>;
  stop(): Promise<void>;
}

function pullLoop(puller: CatalogPuller, options: CatalogUpdatesOptions): PullLoop {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let pulling = false;
  let inFlight: Promise<void> = Promise.resolve();
  const round = async (): Promise<void> => {
    pulling = true;
    try {
      const outcome = await puller.pullOnce();
      if (outcome.kind === 'applied' && !stopped) {
        options.onApplied(outcome.bundle);
        options.log(`catalog: now offering version ${outcome.bundle.version}`);
      }
    } catch (error) {
      // The platform may be away for hours; the next round asks again.
      options.log(`catalog: pull failed (${error instanceof Error ? error.message : String(error)}); will retry`);
    }
    pulling = false;
    if (!stopped) timer = setTimeout(() => (inFlight = round()), options.everyMs);
  };
  inFlight = round();
  return {
    now: () => {
      if (stopped || pulling) return inFlight;
      clearTimeout(timer);
      inFlight = round();
      return inFlight;
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
