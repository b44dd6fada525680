import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import type { RequestLog } from '../http/http-error.js';
import { notifyStatus } from '../sms/notify.js';
import type { SmsProvider } from '../sms/provider.js';
import { smsFailed } from '../sms/routes.js';
import { parseBody } from '../http/body.js';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import { caseBatchSchema, caseLookupParamsSchema } from '../protocol/index.js';
import { findCaseStatus } from './status.js';
import { storeCaseBatch } from './store.js';

/** `sms`: subscribers of a case that arrives are told it was received (短信通知). */
export function caseRoutes(app: FastifyInstance, db: Database, sms?: { provider: SmsProvider; log: RequestLog }): void {
  app.post('/v1/cases', async (request) => {
    // Authentication first: an unsigned caller learns nothing, not even what is malformed.
    const terminal = await authenticateTerminal(db, request);
    const batch = parseBody(caseBatchSchema, request);
    const reply = await storeCaseBatch(db, terminal, batch);
    if (sms) await notifyStatus(db, sms.provider, batch.cases.map((c) => c.caseNumber), 'received', smsFailed(sms.log));
    return reply;
  });

  app.get('/v1/cases/:caseNumber', async (request) => {
    await authenticateTerminal(db, request);
    const { caseNumber } = parseInput(caseLookupParamsSchema, request.params, 'bad_case_number');
    const status = await findCaseStatus(db, caseNumber);
    if (!status) throw new HttpError(404, 'case_not_found', '未查询到该办件 / no case with this number');
    return status;
  });
}
