import { mapLink } from '../config/map-link.js';
import type { ReceiptInput } from '../../../drivers/printer/receipt.js';
import { benefitsOf } from '../benefits.js';
import type { CitizenCertificates } from '../certificates.js';
import type { Handlers } from '../dispatch.js';
import { offeredCatalog, type LifecycleFacts } from '../lifecycle/service-state.js';
import { guideDocument, screenOrder } from '../print/a4-documents.js';
import type { A4Output, A4Paper } from '../print/a4-output.js';
import { renderA4Pdf } from '../print/a4-pdf.js';
import { guideReceipt } from '../print/guide-receipt.js';
import type { PrintResult } from '../print/print-queue.js';
import type { Session } from '../session/session.js';
import { popularFor } from './browse.js';
import type { ItemUsage } from './usage.js';
import type { TerminalIdentity } from '../uplink/terminal-identity.js';

/** What browsing the catalog needs: the catalog offered now, the hall, paper and PDF, and who asks of 免申即享. */
export interface CatalogServices extends Pick<LifecycleFacts, 'catalog'> {
  terminal: Pick<TerminalIdentity, 'hallName' | 'regionCode'>;
  /** config maps.navigationLink, or Amap's marker link. */
  mapLink: string;
  session: Pick<Session, 'current'>;
  /** A guide is nobody's case: never reprinted as a receipt. */
  printReceipt(caseId: null, receipt: ReceiptInput): Promise<PrintResult>;
  a4: Pick<A4Output, 'put'>;
  /** Guides opened and cases applied for here, for 热门事项. */
  usage: ItemUsage;
  /** 热门事项 of the terminal's region, from the last heartbeat reply; empty: none heard. */
  regionPopular: readonly string[];
}

type CatalogHandlers = Pick<
  Handlers,
  'catalog.list' | 'catalog.browse' | 'catalog.search' | 'catalog.lifeEvents' | 'catalog.guide' | 'catalog.place' | 'guide.print' | 'document.guide' | 'benefits.due'
>;

/** An item's 办事指南 on A4: nobody's case, so anyone may have it. */
export async function guidePaper(services: Pick<LifecycleFacts, 'catalog'>, itemCode: string): Promise<A4Paper> {
  const item = offeredCatalog(services).get(itemCode);
  const document = guideDocument(item);
  return { kind: 'guide', caseId: null, title: document.title, fileName: `guide-${item.code}.pdf`, pdf: await renderA4Pdf(document) };
}

/** Finding an item, reading its 办事指南 on screen, paper or PDF, and 免申即享 for the citizen. */
export function catalogHandlers(services: CatalogServices, citizen: { certificates: Pick<CitizenCertificates, 'load'> }): CatalogHandlers {
  // Read at each call: a newly applied bundle replaces services.catalog.
  const catalog = () => offeredCatalog(services);
  return {
    'catalog.list': async () => catalog().list(),
    'catalog.search': async ({ query }) => catalog().searchViews(query),
    'catalog.lifeEvents': async () => catalog().lifeEventSummaries(),
    'catalog.browse': async () => {
      const entries = catalog().browse();
      const popular = popularFor(entries.filter((e) => e.kind === 'item').map((e) => e.code), services.regionPopular, services.usage.counts());
      return { entries, popular: popular.codes, popularFrom: popular.from };
    },
    'catalog.guide': async ({ itemCode }) => {
      const guide = guideDocument(catalog().get(itemCode), screenOrder);
      services.usage.guideOpened(itemCode);
      return guide;
    },
    'catalog.place': async ({ itemCode }) => {
      const place = catalog().get(itemCode).location;
      if (!place) return null;
      const { hall, address, floor, window, lng, lat, photo } = place;
      return { hall, address, floor, window, photo: photo ?? null, navigationUrl: mapLink(services.mapLink, { lng, lat, name: hall }) };
    },
    'guide.print': async ({ itemCode }) =>
      services.printReceipt(null, guideReceipt(guideDocument(catalog().get(itemCode)), services.terminal.hallName, new Date())),
    'document.guide': async ({ itemCode }) => services.a4.put(await guidePaper(services, itemCode)),
    'benefits.due': async () => {
      const identity = services.session.current();
      return benefitsOf(catalog().benefits, identity, await citizen.certificates.load(), services.terminal.regionCode, new Date());
    },
  };
}
