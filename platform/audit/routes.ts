import type { FastifyInstance } from 'fastify';
import type { AdminGate } from '../accounts/gate.js';
import { scopePrefix } from '../accounts/may.js';
import type { Database } from '../db/database.js';
import { parseInput } from '../http/input.js';
import { auditCsvQuerySchema, auditQuerySchema, type AuditReply } from '../protocol/index.js';
import { auditCsv } from './csv.js';
import { auditEntries } from './store.js';

const expected = 'from, to: ISO times; actor: an account name; action: one of the audit actions; limit: 1 to 1000 (CSV 100000); before: an entry id';

/** The audit log for admins and auditors, each reading their own region and below. */
export function auditRoutes(app: FastifyInstance, db: Database, gate: AdminGate): void {
  app.get('/v1/console/audit', async (request): Promise<AuditReply> => {
    const { account } = await gate.authorize(request, 'audit.read');
    const query = parseInput(auditQuerySchema, request.query, 'bad_query', expected);
    const entries = await auditEntries(db, query, scopePrefix(account));
    const last = entries.at(-1);
    return { entries, nextBefore: entries.length === query.limit && last ? last.id : null };
  });

  app.get('/v1/console/audit.csv', async (request, reply) => {
    const { account } = await gate.authorize(request, 'audit.read');
    const query = parseInput(auditCsvQuerySchema, request.query, 'bad_query', expected);
    const entries = await auditEntries(db, query, scopePrefix(account));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="audit.csv"')
      .send(auditCsv(entries));
  });
}
