import type { Handlers } from '../dispatch.js';
import { catalogErrors } from '../catalog/catalog-errors.js';
import { offeredCatalog, type LifecycleFacts } from '../lifecycle/service-state.js';
import type { A4Output } from '../print/a4-output.js';
import { renderA4Pdf } from '../print/a4-pdf.js';
import type { Session } from '../session/session.js';
import { PlatformRefusedError, PlatformUnavailableError, type PlatformClient } from '../uplink/platform-client.js';
import type { TerminalIdentity } from '../uplink/terminal-identity.js';
import { resultErrors } from './result-errors.js';
import { resultDocument } from './result-paper.js';

export interface ResultServices extends Pick<LifecycleFacts, 'catalog'> {
  session: Pick<Session, 'verified' | 'cardReadAt'>;
  platform: Pick<PlatformClient, 'document'>;
  terminal: Pick<TerminalIdentity, 'hallName'>;
  a4: Pick<A4Output, 'put' | 'destination'>;
}

type ResultHandlers = Pick<Handlers, 'results.items' | 'results.print'>;

/** The platform's refusals and silences as the citizen's words; anything else stays a fault. */
function forCitizen(error: unknown): unknown {
  if (error instanceof PlatformUnavailableError) return resultErrors.needsNetwork();
  // The read was reported too late for the platform (stale_card_read, no_fresh_card_read).
  if (error instanceof PlatformRefusedError && (error.status === 403 || error.status === 422)) return resultErrors.staleCardRead();
  return error;
}

/** Throws unless the citizen identified now is the one a result was printed for. */
export function mayReprintResult(session: Pick<Session, 'verified'>, holder: string): void {
  if (session.verified().idNumber !== holder) throw resultErrors.notYours();
}

/**
 * 当场办结: the card-identified citizen picks a 证明 or 记录, the platform fetches it from the
 * department's system, and it goes to the A4 printer with a watermark and a verification QR code,
 * through the A4 queue (paper out keeps it for 再次打印). Only a card read opens it: the platform
 * checks that the read it was told of is of this person, as for e-certificates.
 */
export function resultHandlers(services: ResultServices): ResultHandlers {
  const catalog = () => offeredCatalog(services);
  return {
    'results.items': async () => catalog().printable(),
    'results.print': async ({ itemCode }) => {
      const item = catalog().get(itemCode);
      const kind = item.result.onTheSpot;
      if (!kind) throw catalogErrors.unknownItem();
      const identity = services.session.verified();
      const readAt = services.session.cardReadAt();
      if (!readAt) throw resultErrors.cardNeeded();
      // Asked before the platform issues a code: a document with nowhere to go is never made.
      if (services.a4.destination !== 'printer') throw resultErrors.noPrinter();
      const reply = await services.platform.document(kind, { idNumber: identity.idNumber, name: identity.name }, readAt).catch((error: unknown) => {
        throw forCitizen(error);
      });
      if (!reply) throw resultErrors.noRecord(item.name);
      const pdf = await renderA4Pdf(resultDocument(reply, services.terminal.hallName));
      return services.a4.put({ kind: 'result', caseId: null, title: item.name, fileName: `result-${item.code}.pdf`, pdf, holder: identity.idNumber });
    },
  };
}
