import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReceiptPrinter } from '../../drivers/printer/printer.js';
import { PrinterSimulator } from '../../drivers/sim/printer-sim.js';
import { memoryPair } from '../../drivers/transport/memory.js';
import { defaultMapLink } from '../../electron/core/config/map-link.js';
import { CaseStore } from '../../electron/core/cases/case-store.js';
import { catalogOf } from '../../electron/core/catalog/catalog-builder.js';
import type { Catalog } from '../../electron/core/catalog/catalog.js';
import { itemUsage } from '../../electron/core/catalog/usage.js';
import { EventStore } from '../../electron/core/feedback/event-store.js';
import { CaseMaterials } from '../../electron/core/materials/case-materials.js';
import { MaterialStore } from '../../electron/core/materials/material-store.js';
import { a4Output } from '../../electron/core/print/a4-output.js';
import { PrintQueue } from '../../electron/core/print/print-queue.js';
import { PrinterWatch } from '../../electron/core/print/printer-watch.js';
import { Session } from '../../electron/core/session/session.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { Vault } from '../../electron/core/store/vault.js';

export const demoCatalog = catalogOf();

/**
 * The kiosk core's own services on a fresh store, for a concept's handlers to run against: the
 * demo catalog, real case and event stores, a print queue on a simulated receipt printer (what it
 * printed is in `sim.receipts`), PDFs written to a temporary folder. Only the platform is left
 * to each test: what it answers is what that test is about.
 */
export function kioskCore(options: { catalog?: Catalog; phoneCaseLink?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-core-'));
  const db = openStore(join(dir, 'kiosk.sqlite'));
  const vault = new Vault(randomBytes(32));
  const [host, device] = memoryPair('printer');
  const sim = new PrinterSimulator(device, { paper: 58 });
  const queue = new PrintQueue(db, new PrinterWatch(new ReceiptPrinter(host, { statusTimeoutMs: 500 })), { paper: 58, encoding: 'gb18030' }, () => undefined);
  const services = {
    demo: true,
    catalog: options.catalog ?? demoCatalog,
    usage: itemUsage(db),
    terminal: { terminalCode: 'WH0001', terminalName: '一楼大厅 1 号机', hallName: '江岸区政务服务中心', regionCode: '420102' },
    session: new Session(60_000),
    cases: new CaseStore(db, vault),
    events: new EventStore(db, vault),
    caseMaterials: new CaseMaterials(db, new MaterialStore(db, vault)),
    /** Offline: nothing reaches the platform, everything waits in the outbox. */
    uploads: { flush: async () => undefined },
    printReceipt: (caseId: string | null, receipt: Parameters<PrintQueue['print']>[1]) => queue.print(caseId, receipt),
    reprintReceipt: (caseId: string, currentState: string) => queue.reprint(caseId, currentState),
    /** No provincial app link unless a test gives one: no 在手机上继续 code. */
    phoneCaseLink: options.phoneCaseLink,
    mapLink: defaultMapLink,
    /** No A4 printer: PDFs are saved, as on a terminal without one. */
    a4: a4Output(undefined, async (fileName, pdf) => {
      const path = join(dir, fileName);
      await writeFile(path, pdf);
      return path;
    }),
  };
  return { db, sim, services };
}
