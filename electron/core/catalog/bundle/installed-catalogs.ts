import type { Database } from 'better-sqlite3';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { CatalogReport, RefusalReason } from '../../../../platform/protocol/catalog.js';
import type { SearchSnapshot } from '../search.js';

type PartKind = 'payload' | 'index';

/** A part's write, fsync included, takes a few milliseconds: well inside the core's 50 ms budget. */
const partBytes = 1024 * 1024;

export interface StoredBundle {
  version: number;
  manifest: string;
  payload: Buffer;
  searchIndex: SearchSnapshot;
}

/** The same, for writing in parts: the index as UTF-8 JSON in pieces that, joined, make the whole. */
export interface PartsToInstall {
  version: number;
  manifest: string;
  payload: Buffer;
  searchIndexPieces: readonly Buffer[];
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

  /** The versions a technician is shown: the current one and the one a rollback would bring back. */
  versions(): { current: number | undefined; previous: number | undefined } {
    const get = (state: string) => this.db.prepare<[string], { version: number }>('SELECT version FROM catalog_bundles WHERE state = ?').get(state)?.version;
    return { current: get('current'), previous: get('previous') };
  }

  /** The current bundle's version, without reading the bundle; 0 when none. */
  currentVersion(): number {
    return this.db.prepare<[], { version: number }>("SELECT version FROM catalog_bundles WHERE state = 'current'").get()?.version ?? 0;
  }

  /**
   * What the platform's rollout is told: the version running, and the last bundle refused while
   * it is still above everything applied (a later bundle applied makes it history).
   */
  report(): CatalogReport {
    const installedVersion = this.currentVersion();
    const refused = this.lastRefusal();
    if (!refused || refused.version <= this.floorVersion()) return { installedVersion };
    return { installedVersion, refused: { version: refused.version, reason: refused.reason, detail: refused.detail.slice(0, 300) } };
  }

  current(): StoredBundle | undefined {
    const row = this.db.prepare<[], Row>("SELECT version, manifest, payload, search_index FROM catalog_bundles WHERE state = 'current'").get();
    if (!row) return undefined;
    // Bundles written in parts keep their own columns empty.
    const payload = row.payload.length > 0 ? row.payload : this.joinedParts(row.version, 'payload');
    const index = row.search_index !== '' ? row.search_index : this.joinedParts(row.version, 'index').toString('utf8');
    return { version: row.version, manifest: row.manifest, payload, searchIndex: JSON.parse(index) as SearchSnapshot };
  }

  private joinedParts(version: number, kind: PartKind): Buffer {
    const parts = this.db.prepare<[number, string], { bytes: Buffer }>('SELECT bytes FROM catalog_bundle_parts WHERE version = ? AND kind = ? ORDER BY seq').all(version, kind);
    return Buffer.concat(parts.map((p) => p.bytes));
  }

  /**
   * Like install, without holding the core's one connection for the whole write: the payload and
   * index go in as parts, one small transaction each with a turn of the event loop between, and
   * only the last transaction (the bundle's row and the state flip) makes the bundle current.
   * Other writers (cases) may commit in between: nothing here is visible or current until then.
   */
  async installInParts(bundle: PartsToInstall): Promise<void> {
    this.db.prepare('DELETE FROM catalog_bundle_parts WHERE version NOT IN (SELECT version FROM catalog_bundles)').run();
    await this.writeParts(bundle.version, 'payload', [bundle.payload]);
    await this.writeParts(bundle.version, 'index', bundle.searchIndexPieces);
    this.makeCurrent(bundle.version, bundle.manifest);
  }

  private async writeParts(version: number, kind: PartKind, pieces: readonly Buffer[]): Promise<void> {
    const insert = this.db.prepare('INSERT INTO catalog_bundle_parts (version, kind, seq, bytes) VALUES (?, ?, ?, ?)');
    let seq = 0;
    for (const part of partsOf(pieces)) {
      insert.run(version, kind, seq++, part);
      await yieldToLoop();
    }
  }

  /**
   * One transaction: the bundle, its parts written, becomes current; the current one becomes
   * previous. Its own payload and index columns stay empty: current() joins its parts.
   */
  private makeCurrent(version: number, manifest: string): void {
    this.db.transaction(() => {
      this.db.prepare("UPDATE catalog_bundles SET state = 'retired' WHERE state = 'previous'").run();
      this.db.prepare("UPDATE catalog_bundles SET state = 'previous' WHERE state = 'current'").run();
      this.db
        .prepare("INSERT INTO catalog_bundles (version, manifest, payload, search_index, installed_at, state) VALUES (?, ?, ?, ?, ?, 'current')")
        .run(version, manifest, Buffer.alloc(0), '', new Date().toISOString());
    })();
  }

  /** Makes the previous bundle current again; the abandoned one stays as the rollback floor. False when there is none. */
  rollBack(): { from: number; to: number } | undefined {
    return this.db.transaction(() => {
      const { current: from, previous: to } = this.versions();
      if (from === undefined || to === undefined) return undefined;
      this.db.prepare("UPDATE catalog_bundles SET state = 'rolled_back' WHERE version = ?").run(from);
      this.db.prepare("UPDATE catalog_bundles SET state = 'current' WHERE version = ?").run(to);
      return { from, to };
    })();
  }

  recordRefusal(version: number, reason: RefusalReason, detail: string): void {
    this.db.prepare('INSERT INTO catalog_refusals (at, version, reason, detail) VALUES (?, ?, ?, ?)').run(new Date().toISOString(), version, reason, detail);
  }

  lastRefusal(): { version: number; reason: RefusalReason; detail: string } | undefined {
    return this.db.prepare<[], { version: number; reason: RefusalReason; detail: string }>('SELECT version, reason, detail FROM catalog_refusals ORDER BY id DESC LIMIT 1').get();
  }
}

/** The pieces' bytes, in order, cut or gathered into parts of about partBytes. */
function* partsOf(pieces: readonly Buffer[]): Generator<Buffer> {
  let gathered: Buffer[] = [];
  let size = 0;
  for (const piece of pieces) {
    for (let at = 0; at < piece.length; ) {
      const cut = piece.subarray(at, at + partBytes - size);
      gathered.push(cut);
      size += cut.length;
      at += cut.length;
      if (size === partBytes) {
        yield Buffer.concat(gathered, size);
        gathered = [];
        size = 0;
      }
    }
  }
  if (size > 0) yield Buffer.concat(gathered, size);
}
