// An HTTP proxy between kiosk and platform that misbehaves on purpose, the way a village line
// and a busy balancer do. Each request meets one fault, chosen by a seeded random source.
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

export const faults = ['pass', 'drop', 'delay', 'error500', 'loseReply', 'truncate'] as const;
export type Fault = (typeof faults)[number];

export interface FaultProxyOptions {
  /** Platform instances, used in turn: a round-robin balancer. */
  upstreams: readonly string[];
  /** Picks the fault for each request. */
  choose: () => Fault;
  /** Upper bound of the 'delay' fault. Default 50 ms. */
  maxDelayMs?: number;
  random?: () => number;
}

export interface FaultProxy {
  url: string;
  /** How many requests met each fault. */
  counts: Record<Fault, number>;
  close(): Promise<void>;
}

interface Upstream {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(upstream: string, req: IncomingMessage, body: Buffer): Promise<Upstream> {
  const headers = { ...req.headers, host: new URL(upstream).host };
  return new Promise((resolve, reject) => {
    const out = forward(new URL(req.url ?? '/', upstream), { method: req.method, headers }, (res) => {
      readAll(res).then((bytes) => {
        const kept = Object.fromEntries(Object.entries(res.headers).filter((e): e is [string, string] => typeof e[1] === 'string'));
        resolve({ status: res.statusCode ?? 502, headers: kept, body: bytes });
      }, reject);
    });
    out.on('error', reject);
    out.end(body);
  });
}

/** The body is sent whole, so the upstream's framing headers no longer apply. */
const hopHeaders = new Set(['transfer-encoding', 'connection', 'keep-alive', 'content-length']);

function reply(res: ServerResponse, upstream: Upstream): void {
  const headers = Object.fromEntries(Object.entries(upstream.headers).filter(([name]) => !hopHeaders.has(name)));
  res.writeHead(upstream.status, headers).end(upstream.body);
}

/** Headers and half the body, then the connection dies. */
function truncate(res: ServerResponse, upstream: Upstream): void {
  const headers = Object.fromEntries(Object.entries(upstream.headers).filter(([name]) => !hopHeaders.has(name)));
  res.writeHead(upstream.status, { ...headers, 'content-length': String(upstream.body.length) });
  res.write(upstream.body.subarray(0, Math.floor(upstream.body.length / 2)), () => res.destroy());
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const counts = Object.fromEntries(faults.map((f) => [f, 0])) as Record<Fault, number>;
  const random = options.random ?? Math.random;
  let turn = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const fault = options.choose();
    counts[fault] += 1;
    const body = await readAll(req);
    // Dropped before the platform saw a byte, or a 500 from a sick balancer: nothing applied.
    if (fault === 'drop') return void req.socket.destroy();
    if (fault === 'error500') return void res.writeHead(500, { 'content-type': 'text/plain' }).end('bad gateway');
    if (fault === 'delay') await delay(random() * (options.maxDelayMs ?? 50));
    const upstream = options.upstreams[turn++ % options.upstreams.length] ?? '';
    const answer = await send(upstream, req, body);
    // The platform applied the request; the line dies before the answer gets back, or half way.
    if (fault === 'loseReply') return void req.socket.destroy();
    if (fault === 'truncate') return truncate(res, answer);
    reply(res, answer);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
