import type { Actor } from '../accounts/gate.js';
import { may, type Action } from '../accounts/may.js';
import type { Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import { findTerminalByIdOrCode, type Terminal } from '../terminals/lookup.js';

/**
 * The terminal named by id or code, if the actor may do `action` to it. One outside their region
 * is answered as one that does not exist: its id tells them nothing.
 */
export async function terminalInScope(db: Queryable, actor: Actor, action: Action, key: string): Promise<Terminal> {
  const terminal = await findTerminalByIdOrCode(db, key);
  if (!terminal || !may(actor.account, action, terminal.regionCode)) {
    throw new HttpError(404, 'terminal_not_found', `没有这台终端 / no terminal with id or code ${key} in your region`);
  }
  return terminal;
}
