import type { ScreenCapture } from '../api/process.js';
import { defaultMapLink } from './config/map-link.js';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppCodes } from './app-code/app-codes.js';
import { publicKeyOfSpki } from './catalog/bundle/keys.js';
import { startCatalogUpdates } from './catalog/catalog-updates.js';
import { catalogView, openCatalog } from './catalog/open-catalog.js';
import { itemUsage } from './catalog/usage.js';
import { CaseStore } from './cases/case-store.js';
import type { CoreConfig } from './config/core-config.js';
import { cardErrorForCitizen, identityFromCard } from './devices/identity-from-card.js';
import { openDevices } from './devices/open-devices.js';
import { Diagnostics } from './diagnostics/diagnostics.js';
import { listDevices } from '../../drivers/transport/device-listing.js';
import { createHandlers } from './handlers.js';
import type { KioskServices } from './kiosk-services.js';
import { kioskStatus } from './status-handlers.js';
import type { Handlers } from './dispatch.js';
import { PaymentWaits } from './payments/payment-waits.js';
import { PrintQueue } from './print/print-queue.js';
import { PrinterWatch } from './print/printer-watch.js';
import { saveDocument } from './print/save-document.js';
import { A4Printer } from '../../drivers/ipp/a4-printer.js';
import { IppClient } from '../../drivers/ipp/ipp-client.js';
import { a4Output } from './print/a4-output.js';
import { A4Queue } from './print/a4-queue.js';
import { A4Watch } from './print/a4-watch.js';
import { Session } from './session/session.js';
import { loadOrCreateKeyFile } from './store/key-file.js';
import { openStore } from './store/open-store.js';
import { Vault } from './store/vault.js';
import { startHeartbeats } from './sync/heartbeat.js';
import { Outbox } from './sync/outbox.js';
import { PlatformClient } from './uplink/platform-client.js';
import { SyncWorker, uploadWaitMs } from './sync/sync-worker.js';
import { EventStore } from './feedback/event-store.js';
import { watchDevices } from './devices/device-watch.js';
import { MaterialStore } from './materials/material-store.js';
import { CaseMaterials } from './materials/case-materials.js';
import { loadTerminalIdentity, movePlatform, type TerminalIdentity } from './uplink/terminal-identity.js';
import { keepEnrollment, requestEnrollment } from './enrollment/enrollment.js';
import type { KioskStatus } from '../api/values.js';
import type { EventOf } from '../api/events.js';
import { openScanner, scannerHealth } from './scanner/open-scanner.js';
import { ScanDesk } from './scanner/scan-desk.js';
import type { PlatformLink } from './uplink/platform-link.js';
import { LifecycleRecord } from './lifecycle/lifecycle-record.js';
import { platformVerdictOf } from './lifecycle/platform-verdict.js';
import { TerminalLifecycle } from './lifecycle/terminal-lifecycle.js';
import { TechnicianAccess } from './technician/technician-access.js';
import { isEnrolledFolder } from './config/enrolled-config.js';
import { TechnicianSession } from './technician/technician-session.js';
import { admit } from './technician/request-gate.js';
import { gated } from './dispatch.js';
import { takesCitizens, takesNewCases } from './lifecycle/service-state.js';
import { DiskWatch } from './disk/disk-watch.js';
import { commandActions } from './remote/command-actions.js';
import { CommandRecord } from './remote/command-record.js';
import { CommandRunner } from './remote/command-runner.js';
import { RemoteConfigRecord } from './remote/remote-config-record.js';
import { startRemoteControl } from './remote/remote-control.js';
import { runningSettings } from './remote/remote-settings.js';
import { registerWltDecoder } from '../../drivers/idcard/photo.js';
import { simulatorWltDecoder } from '../../drivers/sim/sim-wlt-decoder.js';

/** Until the platform's first reply says otherwise. */
const heartbeatEveryMs = 60_000;

/** A paper roll nears its end over hours; a dead printer should be known well before the next citizen. */
const printerPollEveryMs = 30_000;

/** Catalogs change a few times a month; a terminal a quarter of an hour behind is fine. */
const catalogPullEveryMs = 15 * 60_000;

/** Long enough for a citizen to query a case and a technician to re-send; short enough to hold little. */
const defaultRetentionDays = 30;

/** Closing time and a device that died are noticed within this; nobody announces them. */
const lifecycleCheckEveryMs = 30_000;

/** A day's cases are tens of megabytes: a disk filling is seen long before it is full. */
const diskCheckEveryMs = 10 * 60_000;

/** The screen's "are you still here?" countdown; the core's own limit waits it out, and a bit. */
const idleCountdownSeconds = 15;

/** The core's own limit on an untouched session: the screen's question and countdown, and a bit. */
const sessionLimitMs = (idleSeconds: number) => (idleSeconds + idleCountdownSeconds + 30) * 1000;

/** What the core may ask of the process that hosts it. */
export interface KioskHost {
  /** Start the core again (technician.restart); called once the reply is on its way. keepTechnician: the next core opens with the session open. */
  requestRestart(keepTechnician?: boolean): void;
  /** The previous core restarted to open reassigned devices, with its technician in: the session goes on. */
  technicianSession?: boolean;
  /** The installed tongban's version (package.json), for the fleet console; unknown to an in-process test host. */
  appVersion?: string;
  /** Room left for new data, where a test decides it; default: measured (disk/disk-watch.ts). */
  freeDiskBytes?: () => number;
  /** The page as the screen shows it, taken by the shell (a screenshot command); absent where no shell shows it. */
  captureScreen?: () => Promise<ScreenCapture>;
}

export interface RunningKiosk {
  handlers: Handlers;
  onStatus(listener: (status: KioskStatus) => void): () => void;
  onScan(listener: (scan: EventOf<'scanner.scan'>) => void): () => void;
  close(): Promise<void>;
}

export class NotEnrolledError extends Error {
  constructor() {
    super('本终端尚未注册 / this terminal is not enrolled: run `tongban enroll --platform URL --token TOKEN`');
    this.name = 'NotEnrolledError';
  }
}

function storeKey(config: CoreConfig): Buffer {
  return config.key.kind === 'file' ? loadOrCreateKeyFile(config.key.path) : Buffer.from(config.key.base64, 'base64');
}

async function terminalIdentity(db: Database, vault: Vault, config: CoreConfig): Promise<TerminalIdentity> {
  const known = loadTerminalIdentity(db, vault);
  if (known) return config.demo ? followDemoPlatform(db, known, config.enrollment?.platformUrl) : known;
  if (!config.enrollment) throw new NotEnrolledError();
  const { platformUrl, token } = config.enrollment;
  return keepEnrollment(db, vault, platformUrl, await requestEnrollment({ url: platformUrl, ...config.platform }, token));
}

/**
 * The demo's embedded platform keeps its port, but moves when another program took it; the
 * launcher then says where it is now. A real terminal's platform is the one it enrolled with.
 */
function followDemoPlatform(db: Database, known: TerminalIdentity, platformUrl: string | undefined): TerminalIdentity {
  if (!platformUrl || platformUrl === known.platformUrl) return known;
  movePlatform(db, platformUrl);
  return { ...known, platformUrl };
}

/** Opens the store, the devices and the services, and starts the background sync. */
export async function openKiosk(config: CoreConfig, log: (line: string) => void, host?: KioskHost): Promise<RunningKiosk> {
  const vault = new Vault(storeKey(config));
  const db = openStore(join(config.dataDir, 'kiosk.sqlite'));
  const terminal = await terminalIdentity(db, vault, config);
  const devices = await openDevices(config.devices);
  // The demo's and a simulated reader's cards carry no real WLT: the simulator's stand-in decoder
  // (which decodes those cards and nothing else) lets the remote clerk see their photo.
  if (config.demo || config.devices.idcard.kind === 'simulated') registerWltDecoder(simulatorWltDecoder);
  const scanDesk = new ScanDesk();
  const scanner = openScanner(config.devices.scanner, log);
  scanner?.onCode((code) => scanDesk.take(code.text, 'device', code.symbology));
  const cases = new CaseStore(db, vault);
  const events = new EventStore(db, vault);
  const link: PlatformLink = { url: terminal.platformUrl, ...config.platform };
  const platform = new PlatformClient(link, terminal);
  const outbox = new Outbox(db);
  const materials = new MaterialStore(db, vault);
  const caseMaterials = new CaseMaterials(db, materials);
  const sync = new SyncWorker(outbox, cases, platform, {
    idleIntervalMs: config.sync.idleIntervalMs,
    backoff: { baseMs: config.sync.backoffBaseMs ?? 1000, maxMs: config.sync.backoffMaxMs ?? 60_000 },
    retention: { days: config.sync.retentionDays ?? defaultRetentionDays, store: db },
    events,
    materials,
    caseMaterials,
  });
  // The reader's port and the printer's own status go up with every heartbeat, beside the outbox;
  // a change of state also goes up as a device event, which waits in the outbox when offline.
  const sampleDevices = watchDevices(
    events,
    () => ({ idcard: devices.idcard.health(), printer: printerWatch.health(), scanner: scannerHealth(scanner), ...(a4Watch && { a4: a4Watch.health() }) }),
    () => sync.kick(),
  );
  const printerWatch = new PrinterWatch(devices.printer, () => {
    sampleDevices();
    lifecycle.recheck();
  });
  const printQueue = new PrintQueue(db, printerWatch, devices.printerProfile, log);
  // The A4 printer's own state (paper, door, toner) goes up the same way as the receipt printer's.
  const a4Target = config.devices.a4;
  const a4Watch = a4Target && new A4Watch(new A4Printer(new IppClient(a4Target.url)), sampleDevices);
  const a4 = a4Output(a4Watch && a4Target && { queue: new A4Queue(db, vault, a4Watch, log), duplex: a4Target.duplex }, (fileName, pdf) =>
    saveDocument(config.dataDir, fileName, pdf),
  );
  const lifecycle = new TerminalLifecycle(new LifecycleRecord(db), () => ({
    demo: config.demo,
    catalog: services.catalog,
    hours: services.serviceHours,
    now: new Date(),
    requiredDevices: config.service.requiredDevices,
    deviceHealth: { idcard: devices.idcard.health(), printer: printerWatch.health() },
    diskFull: diskWatch.isFull(),
  }));
  const diskWatch = new DiskWatch({
    dataDir: config.dataDir,
    db,
    log,
    onChange: () => lifecycle.recheck(),
    ...(host?.freeDiskBytes && { freeBytes: host.freeDiskBytes }),
    ...(config.disk && { thresholds: { purgeBelowBytes: config.disk.purgeBelowMb * 1024 ** 2, refuseBelowBytes: config.disk.refuseBelowMb * 1024 ** 2 } }),
  });
  const access = new TechnicianAccess(db, {
    // A guesser at the screen is news for the people who run the fleet: it goes up as a device event.
    onLockout: (until) => {
      events.deviceEvent({ device: 'technician-pin', state: 'warning', detail: `技术人员 PIN 连续输错，锁定至 ${until.toISOString()} / technician PIN locked out after repeated wrong tries` });
      sync.kick();
    },
  });
  const technicianSession = new TechnicianSession();
  if (host?.technicianSession) technicianSession.open();
  const localSettings = { idleSeconds: config.session.idleSeconds, serviceHours: config.service.hours };
  const services: KioskServices = {
    terminal,
    demo: config.demo,
    lifecycle,
    ...runningSettings(localSettings, {}),
    helpComing: null,
    helpCalled: (callId) => remote.helpCalled(callId),
    helpCancelled: (callId) => remote.helpCancelled(callId),
    staffedHours: config.service.staffedHours,
    phoneCaseLink: config.phoneApp?.caseLink,
    mapLink: config.maps?.navigationLink ?? defaultMapLink,
    technician: {
      access,
      session: technicianSession,
      lifecycle,
      terminal,
      demo: config.demo,
      enrollable: () => config.enrollInto !== undefined && !isEnrolledFolder(config.enrollInto),
      requestRestart: () => (host ? host.requestRestart() : log('technician.restart: this host cannot restart the core')),
    },
    enrollment: { enrollInto: config.enrollInto, devices: config.devices, access, log },
    deviceSettings: { dataDir: config.dataDir, demo: config.demo, running: config.devices, listDevices, requestRestart: () => (host ? host.requestRestart(true) : log('technician.assignDevices: this host cannot restart the core')), log },
    catalog: openCatalog(db, terminal.regionCode, config.demo),
    usage: itemUsage(db),
    regionPopular: [],
    session: new Session(sessionLimitMs(config.session.idleSeconds), Date.now, () => devices.idcard.forgetPresent()),
    cases,
    events,
    caseMaterials,
    sync,
    uploads: { flush: () => sync.flush(uploadWaitMs) },
    platform,
    readIdentity: async (timeoutMs) => {
      try {
        return identityFromCard(await devices.idcard.next(timeoutMs));
      } catch (error) {
        throw cardErrorForCitizen(error);
      }
    },
    scanDesk,
    appCodes: new AppCodes(db, config.appCode.trust.map(publicKeyOfSpki)),
    printReceipt: (caseId, receipt) => printQueue.print(caseId, receipt),
    reprintReceipt: (caseId, currentState) => printQueue.reprint(caseId, currentState),
    a4,
    payments: new PaymentWaits(db),
    diagnostics: {
      diagnostics: new Diagnostics({
        dataDir: config.dataDir,
        demo: config.demo,
        db,
        link,
        devices: config.devices,
        clockSkewMs: () => sync.status().health.clockSkewMs,
      }),
      deviceTests: {
        terminalName: terminal.terminalName,
        readIdentity: (timeoutMs) => services.readIdentity(timeoutMs),
        printReceipt: (caseId, receipt) => services.printReceipt(caseId, receipt),
        nextScan: (timeoutMs) => scanDesk.next(timeoutMs),
        a4,
      },
      catalogChanged: () => {
        services.catalog = openCatalog(db, terminal.regionCode, config.demo);
        announceStatus();
      },
      uploadNow: () => sync.kick(),
    },
  };
  sync.start();
  const stopPrinterPolls = printerWatch.start(printerPollEveryMs);
  const stopA4Polls = a4Watch ? a4Watch.start(printerPollEveryMs) : () => undefined;
  // The screen hears of every change: the sync's, and a catalog that puts the terminal in service.
  const statusListeners = new Set<(status: KioskStatus) => void>();
  const announceStatus = () => {
    for (const listener of statusListeners) listener(kioskStatus(services));
  };
  sync.onStatus(announceStatus);
  lifecycle.onChange(announceStatus);
  const stopLifecycleWatch = lifecycle.watch(lifecycleCheckEveryMs);
  const stopDiskWatch = diskWatch.start(diskCheckEveryMs);
  // A bundle applied in the background is offered from the next request on: handlers read services.catalog.
  const catalogUpdates = startCatalogUpdates({
    db,
    terminal,
    platform: link,
    everyMs: catalogPullEveryMs,
    log,
    view: catalogView(db, terminal.regionCode),
    onApplied: (bundle) => {
      services.catalog = bundle.catalog;
      lifecycle.recheck();
      announceStatus();
    },
  });
  const beatSource = {
    // The console's fleet page reads app and catalog beside each terminal.
    versions: () => ({
      node: process.versions.node,
      ...(host?.appVersion !== undefined && { app: host.appVersion }),
      catalog: services.demo ? 'demo' : String(catalogUpdates.report()?.installedVersion ?? 0),
    }),
    health: sampleDevices,
    catalog: () => catalogUpdates.report(),
    lifecycle: () => {
      const state = lifecycle.state();
      // Said to the platform as out of service with its reason: its protocol names no diskFull state.
      if (state.state === 'diskFull') return { state: 'outOfService' as const, reason: 'diskFull' };
      return state.state === 'outOfService' ? { state: state.state, reason: state.reason } : { state: state.state };
    },
    configVersion: () => remote.configVersion(),
  };
  // The reply names the catalog version meant for this terminal: a new one is fetched at once.
  const heartbeats = startHeartbeats(
    platform,
    outbox,
    beatSource,
    heartbeatEveryMs,
    (beat) => {
      sync.noteClockSkew(beat.clockSkewMs);
      catalogUpdates.offered(beat.reply.catalogVersion ?? 0);
      lifecycle.learn(undefined);
      remote.heard(beat.reply);
    },
    (error) => {
      const verdict = platformVerdictOf(error);
      if (verdict) lifecycle.learn(verdict);
    },
  );
  const remote = startRemoteControl({
    runner: new CommandRunner({
      record: new CommandRecord(db),
      acknowledge: (ack) => platform.postCommandAck(ack),
      log,
      actions: commandActions({
        lifecycle,
        session: services.session,
        diagnostics: services.diagnostics.diagnostics,
        outbox,
        health: sampleDevices,
        reloadCatalog: async () => {
          await catalogUpdates.pullNow();
          return catalogUpdates.report()?.installedVersion ?? 0;
        },
        catalogChanged: services.diagnostics.catalogChanged,
        restart: host ? () => host.requestRestart() : undefined,
        captureScreen: host?.captureScreen,
      }),
    }),
    configRecord: new RemoteConfigRecord(db),
    applyConfig: ({ settings }) => {
      Object.assign(services, runningSettings(localSettings, settings));
      services.session.setMaxIdleMs(sessionLimitMs(services.idleSeconds));
      lifecycle.recheck();
      announceStatus();
    },
    helpComingChanged: (coming) => {
      services.helpComing = coming;
      announceStatus();
    },
    popularHeard: (codes) => {
      services.regionPopular = codes;
    },
    beatNow: () => heartbeats.now(),
  });
  return {
    handlers: gated(createHandlers(services), (name) => admit(name, {
        session: technicianSession,
        takesCitizens: () => takesCitizens(lifecycle.state()),
        takesNewCases: () => takesNewCases(lifecycle.state()),
      })),
    onStatus: (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    // The wedge's scans the screen heard itself; the core's own scanner's go to it.
    onScan: (listener) => scanDesk.onScan((scan) => scan.from === 'device' && listener({ meaning: scan.meaning, ...(scan.symbology !== undefined && { symbology: scan.symbology }) })),
    close: async () => {
      stopLifecycleWatch();
      stopDiskWatch();
      remote.stop();
      heartbeats.stop();
      stopPrinterPolls();
      stopA4Polls();
      await catalogUpdates.stop();
      await sync.stop();
      await scanner?.stop();
      await devices.close();
      db.close();
    },
  };
}
