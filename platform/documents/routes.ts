import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { originOf } from '../http/origin.js';
import { TokenBuckets, type RateLimit } from '../http/rate-limit.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import { documentRequestSchema, verificationCodeSchema, type DocumentReply, type VerifyReply } from '../protocol/documents.js';
import type { DocumentProvider } from './provider.js';
import { freshReadOf, issueDocument, verifyDocument } from './store.js';
import { genuinePage, unknownPage, verifyPagePolicy } from './verify-page.js';

export interface DocumentOptions {
  /** The departments' systems; none: the platform prints no documents and says so (503). */
  provider?: DocumentProvider;
  /** Where phones reach the platform, for the QR code; default: the address the terminal used. */
  publicUrl?: string;
  /** Per caller address, for the public verify route. */
  verifyRateLimit: RateLimit;
}

/** A person checking a paper or two; a script trying codes is held to a trickle (and 144 bits is too many to try). */
export const defaultVerifyRateLimit: RateLimit = { perSecond: 1, burst: 10 };

const verifyParams = z.object({ code: verificationCodeSchema }).strict();


/**
 * A terminal asks for a 证明 for the person whose card it just read (the read reported at
 * /v1/card-reads, as for e-certificates); the platform asks the department's system, records the
 * document under a new verification code and hands both back to be printed. Anyone holding the
 * paper asks /v1/verify/{code}, with no credentials, whether it is genuine.
 */
export function documentRoutes(app: FastifyInstance, db: Database, options: DocumentOptions): void {
  app.post('/v1/documents', async (request): Promise<DocumentReply> => {
    const terminal = await authenticateTerminal(db, request);
    const asked = parseBody(documentRequestSchema, request);
    if (!options.provider) throw new HttpError(503, 'no_document_provider', '本平台尚未接入出具证明的部门系统 / this platform is connected to no department that issues documents');
    if (!(await freshReadOf(db, terminal.id, asked.read, asked.idNumber))) {
      throw new HttpError(403, 'no_fresh_card_read', '打印证明需本人刚在本终端刷身份证 / no fresh card read of this person by this terminal');
    }
    const holder = { idNumber: asked.idNumber, name: asked.name };
    const content = await options.provider.fetch(asked.kind, holder, new Date());
    if (!content) throw new HttpError(404, 'no_record', '主管部门没有您的相关记录 / the department holds no record of this person');
    const issued = await issueDocument(db, terminal.id, holder, asked.kind, content);
    const base = options.publicUrl ?? originOf(request);
    return { kind: asked.kind, content, issuedAt: issued.issuedAt, verification: { code: issued.code, url: `${base}/v1/verify/${issued.code}` } };
  });

  const callers = new TokenBuckets(options.verifyRateLimit);
  // A phone opening the QR code asks for HTML and gets a page; a program gets JSON.
  app.get('/v1/verify/:code', async (request, reply): Promise<VerifyReply | string> => {
    if (!callers.take(request.ip)) throw new HttpError(429, 'rate_limited', '查询过于频繁，请稍后再试 / too many checks from this address; retry later');
    const { code } = parseInput(verifyParams, request.params, 'bad_code');
    const found = await verifyDocument(db, code);
    const html = (request.headers.accept ?? '').includes('text/html');
    if (html) reply.type('text/html; charset=utf-8').header('content-security-policy', verifyPagePolicy);
    if (!found) {
      if (html) return reply.code(404).send(unknownPage());
      throw new HttpError(404, 'unknown_document', '查无此文件：验证码不是政务服务平台出具的，文件可能是伪造的 / no document was issued with this code: the paper may be forged');
    }
    return html ? genuinePage(found) : found;
  });
}
