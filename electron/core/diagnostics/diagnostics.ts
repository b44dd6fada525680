import type { Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { listDevices, type DeviceListing } from '../../../drivers/transport/device-listing.js';
import type { DeadLetterView } from '../../api/diagnostics.js';
import { refusal } from '../../api/kiosk-error.js';
import { InstalledCatalogs } from '../catalog/bundle/installed-catalogs.js';
import type { A4Target, IdcardTarget, PrinterTarget, ScannerTarget } from '../config/core-config.js';
import { a4Check } from './a4-check.js';
import { logFileOf, logLines } from '../log/rotating-log.js';
import { Outbox } from '../sync/outbox.js';
import type { PlatformLink } from '../uplink/platform-link.js';
import { catalogChecks } from './catalog-checks.js';
import { check, type Check } from './check.js';
import { deviceChecks } from './device-checks.js';
import { exportLogs } from './log-export.js';
import { networkChecks } from './network-checks.js';
import { deadLetterView, syncChecks } from './sync-checks.js';

/**
 * What the checks read. The running kiosk gives its own store and heartbeat; `tongban doctor`
 * gives a read-only store, or none on a folder that holds no terminal yet.
 */
export interface DiagnosticsSources {
  dataDir: string;
  demo: boolean;
  /** undefined: no terminal here (not enrolled). */
  db: Database | undefined;
  link: PlatformLink | undefined;
  /** undefined: no configuration, so no roles. */
  devices: { idcard: IdcardTarget; printer: PrinterTarget; scanner?: ScannerTarget; a4?: A4Target | undefined } | undefined;
  /** The last heartbeat's skew; undefined where no heartbeat runs (a shell). */
  clockSkewMs(): number | null | undefined;
  listDevices?: () => Promise<DeviceListing>;
  clock?: () => Date;
}

const notEnrolled = (id: string) =>
  check(id, false, '终端尚未注册：请先用 tongban enroll 注册', 'This terminal is not enrolled yet: run tongban enroll first', { enrolled: false });

/** Every check technician mode shows, the same for its screens and for `tongban doctor`. */
export class Diagnostics {
  constructor(private readonly sources: DiagnosticsSources) {}

  private now(): Date {
    return (this.sources.clock ?? (() => new Date()))();
  }

  sync(): { checks: Check[]; deadLetters: DeadLetterView[] } {
    const { db } = this.sources;
    if (!db) return { checks: [notEnrolled('sync.outbox')], deadLetters: [] };
    const outbox = new Outbox(db);
    return {
      checks: syncChecks({ health: outbox.health(), clockSkewMs: this.sources.clockSkewMs(), now: this.now() }),
      deadLetters: outbox.deadLetters().map(deadLetterView),
    };
  }

  resendDeadLetter(id: string): void {
    const { db } = this.sources;
    if (!db || !new Outbox(db).resend(id, this.now())) {
      throw refusal('BAD_REQUEST', { zh: '没有这条被拒收的记录，可能已重新发送', en: 'There is no such refused item; it may have been sent again already' });
    }
  }

  catalog(): { checks: Check[]; previousVersion: number | null } {
    const { db, demo } = this.sources;
    if (!db) return { checks: [notEnrolled('catalog.installed')], previousVersion: null };
    const installed = new InstalledCatalogs(db);
    const { current, previous } = installed.versions();
    return { checks: catalogChecks({ demo, current, previous, lastRefusal: installed.lastRefusal() }), previousVersion: previous ?? null };
  }

  /** The caller offers the catalog it brings back; a running kiosk does so from its next request. */
  rollBackCatalog(): { from: number; to: number } {
    const done = this.sources.db ? new InstalledCatalogs(this.sources.db).rollBack() : undefined;
    if (!done) throw refusal('BAD_REQUEST', { zh: '没有保留上一版事项清单，无法回退', en: 'No previous catalog is kept: there is nothing to roll back to' });
    return done;
  }

  logs(count: number): { lines: string[]; file: string | null } {
    const file = logFileOf(this.sources.dataDir);
    return { lines: logLines(this.sources.dataDir, count), file: existsSync(file) ? file : null };
  }

  exportLogs(folder: string): { path: string } {
    return { path: exportLogs(this.sources.dataDir, folder, this.now()) };
  }

  network(): Promise<Check[]> {
    return networkChecks(this.sources.link, () => this.now());
  }

  async devices(): Promise<Check[]> {
    const { devices } = this.sources;
    if (!devices) return [check('devices.configured', false, '没有设备配置：请先注册终端', 'No device configuration: enroll the terminal first', {})];
    const listing = await (this.sources.listDevices ?? listDevices)();
    return [...deviceChecks({ listing, targets: devices, exists: existsSync }), await a4Check(devices.a4)];
  }

  /** `tongban doctor`: every check above, in one list. */
  async all(): Promise<Check[]> {
    const lines = this.logs(1);
    const logCheck = lines.file
      ? check('logs.file', true, `日志在 ${lines.file}`, `The log is at ${lines.file}`, { file: lines.file, last: lines.lines[0] ?? null })
      : check('logs.file', true, '还没有日志：终端尚未运行过', 'No log yet: the kiosk has not run here', { file: null });
    const [network, devices] = await Promise.all([this.network(), this.devices()]);
    return [...this.sync().checks, ...this.catalog().checks, logCheck, ...network, ...devices];
  }
}
