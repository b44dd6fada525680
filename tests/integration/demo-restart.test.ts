// `npm start`, stopped and started again on one data folder: the demo terminal enrolled with its
// embedded platform's URL at the first start, and must still reach it after every later one.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import { startBuiltDemo } from '../support/built-demo.js';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

async function started(dir: string): Promise<RunningDemo> {
  const demo = await startBuiltDemo('restart', dir);
  open.push(demo);
  return demo;
}

async function stopped(demo: RunningDemo): Promise<void> {
  open.splice(open.indexOf(demo), 1);
  await demo.close();
}

async function invoke<T>(demo: RunningDemo, name: string, payload: unknown): Promise<T> {
  const url = new URL(demo.kioskUrl ?? '');
  const reply = await fetch(new URL(`/api/invoke/${name}`, url), {
    method: 'POST',
    headers: { 'x-tongban-token': url.hash.replace('#token=', ''), 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const envelope = (await reply.json()) as { ok: boolean; value: T };
  if (!envelope.ok) throw new Error(`${name} refused: ${JSON.stringify(envelope)}`);
  return envelope.value;
}

/** A citizen's card on the reader, one case, and the platform holding it. */
async function caseReachesPlatform(demo: RunningDemo): Promise<void> {
  demo.devices.idcardSim?.placeCard(CHEN_XIAOXIN);
  await invoke(demo, 'identity.read', { timeoutMs: 10_000 });
  const materials = [{ key: 'material.idCard', way: 'certificate' }, { key: 'material.photo', way: 'owed' }];
  const { caseNumber } = await invoke<{ caseNumber: string }>(demo, 'case.submit', { submissionId: randomUUID(), itemCode: 'WH-RS-002', answers: { 'delivery.method': 'post' }, materials });
  await expect
    .poll(async () => (await demo.platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE case_number = $1', [caseNumber])).rows[0]?.n, { timeout: 30_000 })
    .toBe(1);
  // Its receipt printed before the demo stops, rather than cut off mid-job.
  await invoke(demo, 'case.outcome', { caseNumber });
}

function occupy(url: string): Promise<Server> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(new URL(url).port), '127.0.0.1', () => resolve(server));
  });
}

describe('the demo started again on the same data folder', () => {
  it('keeps its platform on the same port, and moves the kiosk with it when the port is taken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-demo-restart-'));
    const first = await started(dir);
    const url = first.platform.url;
    await stopped(first);

    const second = await started(dir);
    expect(second.platform.url).toBe(url);
    await caseReachesPlatform(second);
    await stopped(second);

    const squatter = await occupy(url);
    open.push({ close: () => new Promise<void>((resolve) => squatter.close(() => resolve())) });
    const third = await started(dir);
    expect(third.platform.url).not.toBe(url);
    await caseReachesPlatform(third);
  }, 180_000);
});
