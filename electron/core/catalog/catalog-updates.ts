import type { Database } from 'better-sqlite3';
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
    return { stop: async () => undefined };
  }
  // Started with the core, so a bundle that arrives finds it warm; idle, it costs only memory.
  const preparer = new CatalogPreparer();
  const puller = new CatalogPuller(new InstalledCatalogs(options.db), {
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
    stop: async () => {
      await updates.stop();
      await preparer.close();
    },
  };
}

function pullLoop(puller: CatalogPuller, options: CatalogUpdatesOptions): CatalogUpdates {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  const round = async (): Promise<void> => {
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
    if (!stopped) timer = setTimeout(() => (inFlight = round()), options.everyMs);
  };
  inFlight = round();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
