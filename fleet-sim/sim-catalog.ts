import type { CatalogReport } from '../platform/protocol/catalog.js';

/**
 * A simulated terminal's item catalog, kept as the kiosk keeps its bundles: the version it runs,
 * the one before (for catalog.rollback) and the highest ever applied (never taken again or below).
 * A heartbeat reply naming a newer version is taken at once; the bundle itself is not fetched, since
 * a simulated terminal shows no items. So a staged rollout's adoption moves on the console.
 */
export class SimCatalog {
  private running = 0;
  private before: number | undefined;
  private floor = 0;

  /** The version the platform's heartbeat reply means for this terminal. */
  offered(version: number): void {
    if (version <= this.floor) return;
    this.before = this.running;
    this.running = version;
    this.floor = version;
  }

  /** catalog.rollback: the version before becomes current again; false when there is none. */
  rollBack(): { from: number; to: number } | undefined {
    if (this.before === undefined || this.before === 0) return undefined;
    const done = { from: this.running, to: this.before };
    this.running = this.before;
    this.before = undefined;
    return done;
  }

  /** What the heartbeat says it runs. */
  report(): CatalogReport {
    return { installedVersion: this.running };
  }
}
