import type { FastifyInstance } from 'fastify';
import { permit, type AdminGate } from '../accounts/gate.js';
import { scopePrefix } from '../accounts/may.js';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { originOf } from '../http/origin.js';
import { enrollmentCode, enrollmentTokenRequestSchema, enrollRequestSchema, type CatalogTrust, type EnrollmentTokenListReply, type EnrollmentTokenReply } from '../protocol/index.js';
import { enrollTerminal } from './enroll.js';
import { listTokens, revokeToken } from './token-list.js';
import { makeAuditedToken } from './tokens.js';

/** publicUrl: the address terminals reach the platform at, put in the enrollment QR; default the one the admin's browser used. */
export function enrollmentRoutes(app: FastifyInstance, db: Database, gate: AdminGate, options: { catalogTrust?: CatalogTrust | undefined; publicUrl?: string | undefined }): void {
  // The token's region is checked against the actor's: a district admin makes tokens for their district only.
  app.post('/v1/admin/enrollment-tokens', async (request, reply) => {
    const actor = await gate.actor(request);
    const body = parseBody(enrollmentTokenRequestSchema, request);
    permit(actor, 'tokens.make', body.regionCode);
    const made = await makeAuditedToken(db, body, { actor: actor.account, sourceIp: actor.sourceIp });
    const platformUrl = options.publicUrl ?? originOf(request);
    const shown: EnrollmentTokenReply = { ...made, platformUrl, enrollCode: enrollmentCode(platformUrl, made.token) };
    return reply.code(201).send(shown);
  });

  app.get('/v1/admin/enrollment-tokens', async (request): Promise<EnrollmentTokenListReply> => {
    const { account } = await gate.authorize(request, 'tokens.make');
    return { tokens: await listTokens(db, scopePrefix(account)) };
  });

  app.post<{ Params: { id: string } }>('/v1/admin/enrollment-tokens/:id/revoke', async (request, reply) => {
    await revokeToken(db, await gate.authorize(request, 'tokens.revoke'), request.params.id);
    return reply.code(204).send();
  });

  app.post('/v1/enroll', async (request) => enrollTerminal(db, parseBody(enrollRequestSchema, request), options.catalogTrust));
}
