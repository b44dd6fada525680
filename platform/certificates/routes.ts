import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import { cardReadFreshMs, cardReadSchema, certificatesQuerySchema, signatureHeaders, type CardReadReply, type CertificatesReply } from '../protocol/index.js';
import { certificatesForRead, recordCardRead } from './store.js';

/** Up to this far in the request's future, for a read and a request stamped in the same second. */
const futureSlackMs = 5000;

/** The read must be recent on the terminal's own clock: the signed request time against readAt. */
function checkFresh(request: FastifyRequest, readAt: string): void {
  const sentAt = Date.parse(String(request.headers[signatureHeaders.time]));
  const age = sentAt - Date.parse(readAt);
  if (Number.isNaN(age) || age > cardReadFreshMs || age < -futureSlackMs) {
    throw new HttpError(422, 'stale_card_read', '读卡时间已过，请重新刷身份证 / the card read is not fresh');
  }
}

/**
 * 电子证照 for prefill, only to a terminal that has just read the person's card: it reports the
 * read (ID number in the signed body), then asks by the read's id within two minutes.
 */
export function certificateRoutes(app: FastifyInstance, db: Database): void {
  app.post('/v1/card-reads', async (request): Promise<CardReadReply> => {
    const terminal = await authenticateTerminal(db, request);
    const read = parseBody(cardReadSchema, request);
    checkFresh(request, read.readAt);
    const recorded = await recordCardRead(db, terminal.id, read);
    if (!recorded) throw new HttpError(409, 'card_read_conflict', 'this read id belongs to another terminal');
    return recorded;
  });

  app.get('/v1/certificates', async (request): Promise<CertificatesReply> => {
    const terminal = await authenticateTerminal(db, request);
    const query = parseInput(certificatesQuerySchema, request.query, 'bad_query', 'expected ?read=<card read id>');
    const certificates = await certificatesForRead(db, terminal.id, query.read);
    if (!certificates) {
      throw new HttpError(403, 'no_fresh_card_read', '调取电子证照需本人刚在本终端刷身份证 / no fresh card read by this terminal');
    }
    return { certificates };
  });
}
