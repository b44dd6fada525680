import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { failure, type EventEnvelope, type ReplyEnvelope } from './api/envelope.js';
import { isEventName, stateEvents } from './api/events.js';
import { bridgeErrors } from './bridge/bridge-errors.js';
import { handleInvoke, sendJson } from './bridge/http-api.js';
import { serveStatic } from './bridge/static-files.js';

/** What the host needs of the core: the supervisor in production, anything alike in tests. */
export interface CoreFacade {
  invoke(name: string, payload: unknown): Promise<ReplyEnvelope>;
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
}

export interface HostOptions {
  core: CoreFacade;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningHost {
  /** The kiosk page with this launch's token in its fragment. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const tokenHeader = 'x-tongban-token';

function sameToken(expected: Buffer, given: string | undefined | null): boolean {
  if (!given) return false;
  const candidate = Buffer.from(given);
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}

/**
 * The browser host: the renderer and the API on 127.0.0.1 only, for Chromium's kiosk mode and
 * for e2e tests. Every API call carries this launch's token; the Host header must be ours, so a
 * page elsewhere cannot reach the API through DNS rebinding.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(24).toString('base64url');
  const expected = Buffer.from(token);
  let origin = '';
  const sockets = new Set<WebSocket>();
  /**
   * The last message of each state event (kiosk.status; a scan is a moment, not kept). A page whose socket
   * opens after a change would otherwise keep the state it asked for just before: the platform
   * gone, and no 网络 banner.
   */
  const latest = new Map<string, string>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  // A socket's error (a message over maxPayload, a broken frame) is that socket's alone: without
  // a listener, ws rethrows it and the whole host, core and platform with it, goes down.
  wss.on('error', () => undefined);

  const server = createServer((request, response) => {
    void route(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, failure(bridgeErrors.hostFault()));
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers.host !== origin) return sendJson(response, 421, { error: 'wrong host' });
    const url = new URL(request.url ?? '/', `http://${origin}`);
    if (url.pathname.startsWith('/api/')) return routeApi(request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { error: 'method not allowed' });
    return serveStatic(options.rendererDir, url.pathname, response);
  }

  async function routeApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (!sameToken(expected, request.headers[tokenHeader] as string | undefined)) {
      return sendJson(response, 401, failure(bridgeErrors.unauthorized('missing or wrong launch token')));
    }
    const match = /^\/api\/invoke\/([a-z]+\.[a-zA-Z]+)$/.exec(url.pathname);
    if (request.method !== 'POST' || !match?.[1]) return sendJson(response, 404, { error: 'not found' });
    return handleInvoke(request, response, match[1], (name, payload) => options.core.invoke(name, payload));
  }

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', `http://${origin}`);
    const allowed =
      request.headers.host === origin &&
      request.headers.origin === `http://${origin}` &&
      url.pathname === '/api/events' &&
      sameToken(expected, url.searchParams.get('token'));
    if (!allowed) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('error', () => ws.terminate());
      for (const message of latest.values()) ws.send(message);
    });
  });

  const unsubscribe = options.core.onEvent((event, payload) => {
    const message = JSON.stringify({ event, payload } satisfies EventEnvelope);
    if (isEventName(event) && stateEvents.has(event)) latest.set(event, message);
    for (const ws of sockets) ws.send(message);
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `127.0.0.1:${port}`;
  return {
    url: `http://${origin}/#token=${token}`,
    port,
    close: async () => {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
