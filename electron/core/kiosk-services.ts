import type { ScanDesk } from './scanner/scan-desk.js';
import type { ReceiptInput } from '../../drivers/printer/receipt.js';
import type { ServiceHours } from '../api/lifecycle.js';
import type { KioskStatus, ScreenSettings } from '../api/values.js';
import type { AppCodes } from './app-code/app-codes.js';
import type { CaseStore } from './cases/case-store.js';
import type { DiagnosticsServices } from './diagnostics/diagnostics-handlers.js';
import type { DeviceSettingsServices } from './devices/device-settings-handlers.js';
import type { Catalog } from './catalog/catalog.js';
import type { ItemUsage } from './catalog/usage.js';
import type { EventStore } from './feedback/event-store.js';
import type { TerminalLifecycle } from './lifecycle/terminal-lifecycle.js';
import type { EnrollmentServices } from './enrollment/enrollment-handlers.js';
import type { TechnicianServices } from './technician/technician-handlers.js';
import type { CaseMaterials } from './materials/case-materials.js';
import type { A4Output } from './print/a4-output.js';
import type { PaymentWaits } from './payments/payment-waits.js';
import type { PrintResult } from './print/print-queue.js';
import type { Identity, Session } from './session/session.js';
import type { SyncWorker } from './sync/sync-worker.js';
import type { PlatformClient } from './uplink/platform-client.js';
import type { TerminalIdentity } from './uplink/terminal-identity.js';

/**
 * Everything the kiosk's handlers work with, put together once by openKiosk (the composition
 * root). Each concept takes only the narrow part it needs (SubmissionServices, FeedbackServices,
 * CertificateServices), so no service imports this file back.
 */
export interface KioskServices {
  terminal: TerminalIdentity;
  demo: boolean;
  /** The config's, or the platform's remote config where it sets one; so are serviceHours and screen. */
  idleSeconds: number;
  screen: ScreenSettings;
  /** Who is coming to this terminal's help call, from the last heartbeat reply; null: nobody said. */
  helpComing: KioskStatus['helpComing'];
  /** undefined: no signed catalog installed on an enrolled terminal (out of service). */
  catalog: Catalog | undefined;
  /** Guides opened and cases applied for here, counted per item for 热门事项. */
  usage: ItemUsage;
  /** 热门事项 of the terminal's region (the platform's count, from the last heartbeat reply); empty: none heard. */
  regionPopular: readonly string[];
  session: Session;
  /** The terminal's one lifecycle state, which the gate, the screen and the heartbeat read. */
  lifecycle: TerminalLifecycle;
  serviceHours: ServiceHours | undefined;
  /** The provincial app's link to a case (config phoneApp.caseLink); undefined: no 在手机上继续 code. */
  phoneCaseLink: string | undefined;
  /** The map app's marker link for 在哪里办 (config maps.navigationLink, or Amap's). */
  mapLink: string;
  /** When staff are in the hall to answer a help call; undefined: always. */
  staffedHours: ServiceHours | undefined;
  technician: TechnicianServices;
  /** Technician mode's enrollment screen, on an unenrolled terminal. */
  enrollment: EnrollmentServices;
  cases: CaseStore;
  sync: SyncWorker;
  /** sync.flush within uploadWaitMs: what citizen-facing services wait on, and all they see of the sync. */
  uploads: { flush(): Promise<void> };
  /** A help call was recorded: the kiosk listens for the hall's answer (remote/remote-control.ts). */
  helpCalled(callId: string): void;
  /** The citizen withdrew it: listening stops. */
  helpCancelled(callId: string): void;
  /** Reviews, help calls and device events, each with its outbox row. */
  events: EventStore;
  /** How each case's materials were satisfied, and the signed 告知承诺; written with the case. */
  caseMaterials: CaseMaterials;
  platform: PlatformClient;
  readIdentity(timeoutMs: number): Promise<Identity>;
  /** 鄂汇办 codes scanned here: checked with the province's keys, each taken once. */
  appCodes: AppCodes;
  /** Every scanner's codes, repeats counted once, each given its meaning. */
  scanDesk: ScanDesk;
  /** caseId null: paper that belongs to no case's receipt (a guide, a status slip), never reprinted as one. */
  printReceipt(caseId: string | null, receipt: ReceiptInput): Promise<PrintResult>;
  /** Throws NothingToReprintError when no receipt of the case was printed here. */
  reprintReceipt(caseId: string, currentState: string): Promise<PrintResult>;
  /** 缴费 begun on this terminal, kept across restarts. */
  payments: PaymentWaits;
  /** Guides and forms on A4: the A4 printer over IPP, or a saved PDF where there is none. */
  a4: A4Output;
  /** Technician mode's device roles: each device's port and baud, changed in config.json. */
  deviceSettings: DeviceSettingsServices;
  /** Technician mode's checks and their actions. */
  diagnostics: DiagnosticsServices;
}
