import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { requireAdmin } from '../http/admin-auth.js';
import { parseBody } from '../http/body.js';
import { enrollmentTokenRequestSchema, enrollRequestSchema, type CatalogTrust } from '../protocol/index.js';
import { enrollTerminal } from './enroll.js';
import { createEnrollmentToken } from './tokens.js';

export function enrollmentRoutes(app: FastifyInstance, db: Database, adminToken: string, catalogTrust?: CatalogTrust): void {
  app.post('/v1/admin/enrollment-tokens', async (request, reply) => {
    requireAdmin(request, adminToken);
    const body = parseBody(enrollmentTokenRequestSchema, request);
    return reply.code(201).send(await createEnrollmentToken(db, body));
  });

  app.post('/v1/enroll', async (request) => enrollTerminal(db, parseBody(enrollRequestSchema, request), catalogTrust));
}
