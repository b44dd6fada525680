import type { FastifyInstance } from 'fastify';
import { permit, type AdminGate } from '../accounts/gate.js';
import { scopePrefix } from '../accounts/may.js';
import { audit } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { enrollmentTokenRequestSchema, enrollRequestSchema, type CatalogTrust, type EnrollmentTokenListReply } from '../protocol/index.js';
import { enrollTerminal } from './enroll.js';
import { listTokens, revokeToken } from './token-list.js';
import { createEnrollmentToken } from './tokens.js';

export function enrollmentRoutes(app: FastifyInstance, db: Database, gate: AdminGate, catalogTrust?: CatalogTrust): void {
  // The token's region is checked against the actor's: a district admin makes tokens for their district only.
  app.post('/v1/admin/enrollment-tokens', async (request, reply) => {
    const actor = await gate.actor(request);
    const body = parseBody(enrollmentTokenRequestSchema, request);
    permit(actor, 'tokens.make', body.regionCode);
    const { account, sourceIp } = actor;
    const made = await db.transaction(async (tx) => {
      const token = await createEnrollmentToken(tx, body);
      const detail = { hallName: body.hallName, terminalName: body.terminalName, expiresAt: token.expiresAt };
      await audit(tx, { actor: account, sourceIp, action: 'token.made', regionCode: body.regionCode, detail });
      return token;
    });
    return reply.code(201).send(made);
  });

  app.get('/v1/admin/enrollment-tokens', async (request): Promise<EnrollmentTokenListReply> => {
    const { account } = await gate.authorize(request, 'tokens.make');
    return { tokens: await listTokens(db, scopePrefix(account)) };
  });

  app.post<{ Params: { id: string } }>('/v1/admin/enrollment-tokens/:id/revoke', async (request, reply) => {
    await revokeToken(db, await gate.authorize(request, 'tokens.revoke'), request.params.id);
    return reply.code(204).send();
  });

  app.post('/v1/enroll', async (request) => enrollTerminal(db, parseBody(enrollRequestSchema, request), catalogTrust));
}
