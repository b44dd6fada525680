import type { KeyObject } from 'node:crypto';
import { catalogQueryParam, type CatalogReport } from '../../../platform/protocol/catalog.js';
import { applyBundle, type NewCatalog } from './bundle/apply-bundle.js';
import type { InstalledCatalogs } from './bundle/installed-catalogs.js';
import type { CatalogPreparer } from './bundle/prepare-in-worker.js';
import { BundleRefusedError, type TrustPolicy } from '../../../platform/protocol/bundle-verify.js';
import type { CatalogView } from './catalog.js';
import { platformFetch, type PlatformFetch } from '../uplink/platform-fetch.js';
import type { PlatformLink } from '../uplink/platform-link.js';
import { signedHeaders } from '../uplink/signed-headers.js';

export interface PullerOptions {
  platform: PlatformLink;
  terminalId: string;
  privateKey: KeyObject;
  trust: Omit<TrustPolicy, 'installedVersion' | 'now'>;
  /** Its warm worker thread does the heavy part of applying a bundle. */
  preparer: CatalogPreparer;
  /** What this terminal offers of a catalog: the new one is put together for it while being checked. */
  view: CatalogView;
  log: (line: string) => void;
  now?: () => Date;
  timeoutMs?: number;
}

export type PullOutcome = { kind: 'unchanged' } | { kind: 'applied'; bundle: NewCatalog } | { kind: 'refused'; reason: BundleRefusedError['reason']; message: string };

/**
 * Fetches the newest bundle for this terminal, signed like every other terminal request, and
 * applies it or refuses it. The outcome (and any refusal's reason) is reported back to the platform.
 * Network failures are thrown: the caller tries again on its next round.
 */
export class CatalogPuller {
  private readonly send: PlatformFetch;

  constructor(
    private readonly installed: InstalledCatalogs,
    private readonly options: PullerOptions,
  ) {
    this.send = platformFetch(options.platform);
  }

  async pullOnce(): Promise<PullOutcome> {
    const floor = this.installed.floorVersion();
    const response = await this.signedFetch('GET', `/v1/catalog?${catalogQueryParam}=${floor}`, '');
    if (response.status === 304) return { kind: 'unchanged' };
    if (!response.ok) throw new Error(`catalog pull: platform answered ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const outcome = await this.apply(bytes);
    await this.report(outcome);
    return outcome;
  }

  private async apply(bytes: Buffer): Promise<PullOutcome> {
    try {
      const now = (this.options.now ?? (() => new Date()))();
      const bundle = await applyBundle(bytes, this.installed, { ...this.options.trust, now }, this.options.preparer, this.options.view);
      this.options.log(`catalog: applied version ${bundle.version} (${bundle.itemCount} items)`);
      return { kind: 'applied', bundle };
    } catch (error) {
      if (!(error instanceof BundleRefusedError)) throw error;
      this.options.log(`catalog: refused bundle version ${error.version}: ${error.message}`);
      return { kind: 'refused', reason: error.reason, message: error.message };
    }
  }

  private async report(outcome: PullOutcome): Promise<void> {
    const current = this.installed.currentVersion();
    const refused = this.installed.lastRefusal();
    const report: CatalogReport =
      outcome.kind === 'refused' && refused
        ? { installedVersion: current, refused: { version: refused.version, reason: outcome.reason, detail: refused.detail.slice(0, 300) } }
        : { installedVersion: current };
    const response = await this.signedFetch('POST', '/v1/catalog/report', JSON.stringify(report));
    if (!response.ok) this.options.log(`catalog: report not taken (${response.status})`);
  }

  private signedFetch(method: 'GET' | 'POST', path: string, body: string): Promise<Response> {
    const headers = signedHeaders({ terminalId: this.options.terminalId, privateKey: this.options.privateKey }, method, path, body);
    if (body !== '') headers['content-type'] = 'application/json';
    return this.send(path, {
      method,
      headers,
      body: method === 'GET' ? undefined : body,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000),
    });
  }
}
