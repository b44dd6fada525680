import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import type { Terminal } from '../terminals/lookup.js';
import { hallOf, type Hall } from './hall-store.js';

/** The signing terminal and the hall it stands in, or a 404 a technician can act on. */
export async function terminalHall(db: Database, request: FastifyRequest): Promise<{ terminal: Terminal; hall: Hall }> {
  const terminal = await authenticateTerminal(db, request);
  const hall = await hallOf(db, terminal);
  if (!hall) {
    throw new HttpError(404, 'no_hall', `本厅尚未开通预约取号 / no appointments or queue are set up for the hall "${terminal.hallName}"; an admin sets them up under /v1/admin/halls`);
  }
  return { terminal, hall };
}
