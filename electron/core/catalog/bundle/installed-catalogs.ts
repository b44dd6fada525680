import type { Database } from 'better-sqlite3';
import type { SearchSnapshot } from '../search.js';

export interface StoredBundle {
  version: number;
  manifest: string;
  payload: Buffer;
  searchIndex: SearchSnapshot;
}

interface Row {
  version: number;
  manifest: string;
  payload: Buffer;
  search_index: string;
}

/** The catalog bundles in the kiosk store: which one is current, and the one before it. */
export class InstalledCatalogs {
  constructor(private readonly db: Database) {}

  /** The highest version ever applied here, rolled back or not; 0 when none. */
  floorVersion(): number {
    return this.db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM catalog_bundles').get()?.v ?? 0;
  }

  current(): StoredBundle | undefined {
    const row = this.db.prepare<[], Row>("SELECT version, manifest, payload, search_index FROM catalog_bundles WHERE state = 'current'").get();
    return row && { version: row.version, manifest: row.manifest, payload: row.payload, searchIndex: JSON.parse(row.search_index) as SearchSnapshot };
  }

  /** One transaction: the bundle and its index become current, the current one becomes previous. */
  install(bundle: StoredBundle): void {
    this.db.transaction(() => {
      this.db.prepare("UPDATE catalog_bundles SET state = 'retired' WHERE state = 'previous'").run();
      this.db.prepare("UPDATE catalog_bundles SET state = 'previous' WHERE state = 'current'").run();
      this.db
        .prepare("INSERT INTO catalog_bundles (version, manifest, payload, search_index, installed_at, state) VALUES (?, ?, ?, ?, ?, 'current')")
        .run(bundle.version, bundle.manifest, bundle.payload, JSON.stringify(bundle.searchIndex), new Date().toISOString());
    })();
  }

  /** Makes the previous bundle current again; the abandoned one stays as the rollback floor. False when there is none. */
  rollBack(): { from: number; to: number } | undefined {
    return this.db.transaction(() => {
      const get = (state: string) => this.db.prepare<[string], { version: number }>('SELECT version FROM catalog_bundles WHERE state = ?').get(state)?.version;
      const from = get('current');
      const to = get('previous');
      if (from === undefined || to === undefined) return undefined;
      this.db.prepare("UPDATE catalog_bundles SET state = 'rolled_back' WHERE version = ?").run(from);
      this.db.prepare("UPDATE catalog_bundles SET state = 'current' WHERE version = ?").run(to);
      return { from, to };
    })();
  }

  recordRefusal(version: number, reason: string, detail: string): void {
    this.db.prepare('INSERT INTO catalog_refusals (at, version, reason, detail) VALUES (?, ?, ?, ?)').run(new Date().toISOString(), version, reason, detail);
  }

  lastRefusal(): { version: number; reason: string; detail: string } | undefined {
    return this.db.prepare<[], { version: number; reason: string; detail: string }>('SELECT version, reason, detail FROM catalog_refusals ORDER BY id DESC LIMIT 1').get();
  }
}
