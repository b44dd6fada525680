// A stand-in for the platform's case and heartbeat routes on 127.0.0.1 that fails the cases it is
// told to: a 500 (its bug on their values), a 422 naming the field (a value it cannot store), or
// a 503 for everything (a balancer with no platform behind it). It keeps what it stores.
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import type { Heartbeat } from '../../../platform/protocol/heartbeat.js';

export interface PlatformStub {
  url: string;
  /** Case ids whose batch is answered 500. */
  failing: Set<string>;
  /** Case ids whose batch is refused, 422 in the platform's error shape. */
  refusing: Set<string>;
  /** Answer every request 503. */
  down: boolean;
  /** Ids of the cases stored, in the order they came. */
  stored: string[];
  /** The case ids of every POST /v1/cases, in order. */
  batches: string[][];
  heartbeats: Heartbeat[];
  close(): Promise<void>;
}

export async function startPlatformStub(): Promise<PlatformStub> {
  const app = Fastify();
  const stub: Omit<PlatformStub, 'url' | 'close'> = { failing: new Set(), refusing: new Set(), down: false, stored: [], batches: [], heartbeats: [] };
  app.addHook('onRequest', async (_request, reply) => {
    if (stub.down) return reply.code(503).send('<html>no upstream</html>');
  });
  app.get('/v1/health', async () => ({ ok: true, time: new Date().toISOString() }));
  app.post<{ Body: { cases: { id: string }[] } }>('/v1/cases', async (request, reply) => {
    const ids = request.body.cases.map((c) => c.id);
    stub.batches.push(ids);
    if (ids.some((id) => stub.failing.has(id))) return reply.code(500).send({ error: 'internal', message: '平台内部错误，请稍后重试 / internal error, retry later' });
    if (ids.some((id) => stub.refusing.has(id))) {
      return reply.code(422).send({ error: 'unstorable_value', message: 'cases[0].applicant.name: 含有无法保存的字符 / contains NUL' });
    }
    for (const id of ids) if (!stub.stored.includes(id)) stub.stored.push(id);
    return { stored: ids };
  });
  app.post<{ Body: Heartbeat }>('/v1/heartbeats', async (request) => {
    stub.heartbeats.push(request.body);
    return { platformTime: new Date().toISOString(), config: { heartbeatIntervalSeconds: 60, retentionDays: 30 }, commands: [] };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return Object.assign(stub, { url: `http://127.0.0.1:${port}`, close: () => app.close() });
}
