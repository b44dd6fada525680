import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * Refuses a request without `authorization: Bearer <adminToken>`. Both sides are hashed first
 * so the comparison takes the same time whatever the length or content of the guess.
 */
export function requireAdmin(request: FastifyRequest, adminToken: string): void {
  const given = request.headers.authorization ?? '';
  if (!timingSafeEqual(digest(given), digest(`Bearer ${adminToken}`))) {
    throw new HttpError(401, 'not_admin', '需要管理员令牌 / an admin token is required (authorization: Bearer ...)');
  }
}
