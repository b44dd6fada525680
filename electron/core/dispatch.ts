import { KioskError } from '../api/kiosk-error.js';
import { failure, type ReplyEnvelope } from '../api/envelope.js';
import { requests, type ParsedRequestOf, type ReplyOf, type RequestName } from '../api/contract.js';
import { parseRequest } from '../api/validate.js';

export type Handlers = { [N in RequestName]: (payload: ParsedRequestOf<N>) => Promise<ReplyOf<N>> };

/**
 * The handlers behind a gate: `admit` runs before each handler and refuses by throwing a
 * KioskError. The kiosk hands out only gated handlers, so whichever host dispatches (the core
 * process, a test, the browser host in-process) meets the same gate, not only the screen.
 */
export function gated(handlers: Handlers, admit: (name: RequestName) => void): Handlers {
  const entries = (Object.keys(handlers) as RequestName[]).map((name) => {
    const handler = handlers[name] as (payload: unknown) => Promise<unknown>;
    const guarded = async (payload: unknown) => {
      admit(name);
      return handler(payload);
    };
    return [name, guarded] as const;
  });
  // Each entry keeps its own handler's signature; TypeScript cannot follow that through a map.
  return Object.fromEntries(entries) as unknown as Handlers;
}

/**
 * Runs one request through its handler and wraps the outcome. Unexpected failures reach the screen
 * as one calm message; their detail goes to the technician's log, never personal data.
 */
export async function dispatch(handlers: Handlers, name: string, payload: unknown, log: (line: string) => void): Promise<ReplyEnvelope> {
  try {
    const request = parseRequest(name, payload);
    const handler = handlers[request.name] as (payload: unknown) => Promise<unknown>;
    const value = requests[request.name].reply.parse(await handler(request.payload));
    return { ok: true, value };
  } catch (error) {
    if (error instanceof KioskError) return failure(error);
    log(`request ${name.slice(0, 60)} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'}`);
    const en = { message: 'Something went wrong on this terminal; please ask the staff', hint: 'Nothing you entered is lost' };
    return { ok: false, error: { code: 'INTERNAL', message: '终端出现故障，请联系工作人员', hint: '您的信息没有丢失', en } };
  }
}
