import type { FastifyRequest } from 'fastify';

/**
 * The address the caller reached this platform at, where no public address is configured: what a
 * phone or a terminal on the same network can reach it at too.
 */
export const originOf = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;
