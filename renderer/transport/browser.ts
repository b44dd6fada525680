import type { RequestName, RequestOf, ReplyOf, KioskApi } from '../api.js';
import { createEventHub } from './event-hub.js';
import { unavailable } from './unavailable.js';
import { validation, type Validation } from './validation.js';

/** The part of a WebSocket we use, so tests can hand in a fake. */
export interface SocketLike {
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  close(): void;
}

export interface BrowserKioskOptions {
  /** The per-launch secret from the URL fragment; the host refuses calls without it. */
  token: string;
  /** host:port of the page, e.g. location.host. */
  host: string;
  fetch: typeof fetch;
  openSocket: (url: string) => SocketLike;
  /** First reconnect delay, doubled per failure up to maxBackoffMs. Default 1000. */
  backoffMs?: number;
  /** Default 30000: a lobby terminal on a restarting host should not wait minutes. */
  maxBackoffMs?: number;
}

// A card read may legitimately take its whole timeout; anything else answering slower than this
// means the host hung, and the citizen should see an error rather than a spinner forever.
const defaultDeadlineMs = 60_000;
const cardReadGraceMs = 15_000;

/** KioskApi over the browser host: fetch for requests, one WebSocket for events. */
export function createBrowserKiosk(options: BrowserKioskOptions): KioskApi {
  const hub = createEventHub();
  let socketStarted = false;
  return {
    invoke: (name, payload) => invokeOverHttp(options, validation(), name, payload),
    on(event, listener) {
      if (!socketStarted) {
        socketStarted = true;
        // One promise, settled once: its callbacks run in the order the events came.
        keepSocketOpen(options, (raw) => {
          void validation().then(({ parseEvent }) => {
            const parsed = parseEvent(raw);
            if (parsed) hub.emit(parsed);
          });
        });
      }
      return hub.add(event, listener);
    },
  };
}

async function invokeOverHttp<N extends RequestName>(
  options: BrowserKioskOptions,
  checks: Promise<Validation>,
  name: N,
  payload: RequestOf<N>,
): Promise<ReplyOf<N>> {
  const { parseReply, parseRequest } = await checks;
  const parsed = parseRequest(name, payload);
  const deadline = name === 'identity.read' ? readTimeout(parsed) + cardReadGraceMs : defaultDeadlineMs;
  // Cleared once the body is read: AbortSignal.timeout would keep every request's timer (and what
  // it holds) alive for the whole deadline, and a kiosk asks thousands of times a day.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), deadline);
  try {
    // Errors come as 4xx/5xx with an envelope too: the envelope, not the status, decides.
    return parseReply(name, await replyBody(options, name, parsed, abort.signal));
  } finally {
    clearTimeout(timer);
  }
}

async function replyBody(
  options: BrowserKioskOptions,
  name: RequestName,
  parsed: unknown,
  signal: AbortSignal,
): Promise<unknown> {
  let response: Response;
  try {
    response = await options.fetch(`/api/invoke/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tongban-token': options.token },
      body: JSON.stringify(parsed),
      signal,
    });
  } catch {
    throw unavailable();
  }
  try {
    return await response.json();
  } catch {
    // A 5xx without JSON is a proxy or a dying host, not a reply from the core.
    if (!response.ok) throw unavailable();
    return undefined;
  }
}

function readTimeout(parsed: unknown): number {
  const value = (parsed as { timeoutMs?: unknown }).timeoutMs;
  return typeof value === 'number' ? value : 30_000;
}

/** One socket at a time; when it drops, a new one after a growing delay, reset once it opens. */
function keepSocketOpen(options: BrowserKioskOptions, onMessage: (raw: unknown) => void): void {
  const first = options.backoffMs ?? 1000;
  const max = options.maxBackoffMs ?? 30_000;
  let delay = first;
  const url = `ws://${options.host}/api/events?token=${encodeURIComponent(options.token)}`;
  const connect = (): void => {
    let socket: SocketLike;
    try {
      socket = options.openSocket(url);
    } catch {
      retry();
      return;
    }
    socket.onopen = () => {
      delay = first;
    };
    socket.onmessage = (message) => {
      if (typeof message.data !== 'string') return;
      try {
        onMessage(JSON.parse(message.data));
      } catch {
        // Not JSON: ignored like any other malformed event.
      }
    };
    socket.onclose = retry;
  };
  const retry = (): void => {
    setTimeout(connect, delay);
    delay = Math.min(delay * 2, max);
  };
  connect();
}
