import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { platformFetch } from './platform-fetch.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

const get = { method: 'GET' as const, headers: {}, signal: new AbortController().signal };

describe('the platform transport', () => {
  it('hands back status, headers and body as fetch would, a 304 without a body', async () => {
    const url = await serve((request, reply) => {
      if (request.url === '/unchanged') return void reply.writeHead(304).end();
      reply.writeHead(200, { 'content-type': 'application/json', etag: '"v2"' }).end('{"ok":true}');
    });
    const send = platformFetch({ url });
    const ok = await send('/v1/health', get);
    expect([ok.status, ok.headers.get('etag'), await ok.json()]).toEqual([200, '"v2"', { ok: true }]);
    expect((await send('/unchanged', get)).status).toBe(304);
  });

  it('rejects a reply cut short instead of waiting for it', async () => {
    const url = await serve((_request, reply) => {
      reply.writeHead(200, { 'content-length': '1000' });
      reply.write('{"part', () => reply.socket?.destroy());
    });
    await expect(platformFetch({ url })('/v1/catalog', get)).rejects.toThrow();
  });
});
