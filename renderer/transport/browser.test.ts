import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleKioskStatus } from '../../tests/support/kiosk-status.js';
import { KioskError } from '../api.js';
import { createBrowserKiosk, type SocketLike } from './browser.js';
import { unavailableMessage } from './unavailable.js';
import { validation } from './validation.js';

const status = { ...sampleKioskStatus, demo: true, service: { state: 'demo' as const } };

type Call = { url: string; init: RequestInit };

/** A fetch that records what it was asked and answers with one canned response. */
function fakeFetch(answer: () => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return answer();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function kioskWith(fetch: typeof globalThis.fetch, openSocket: (url: string) => SocketLike = () => fakeSocket()) {
  return createBrowserKiosk({ token: 't0k/en', host: '127.0.0.1:8765', fetch, openSocket, backoffMs: 10 });
}

function fakeSocket(): SocketLike {
  return { onopen: null, onmessage: null, onclose: null, close() {} };
}

async function rejection(promise: Promise<unknown>): Promise<KioskError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KioskError);
  return error as KioskError;
}

afterEach(() => vi.useRealTimers());

describe('browser transport: requests', () => {
  it('posts the validated payload with the token and returns the typed value', async () => {
    const { fetch, calls } = fakeFetch(() => json({ ok: true, value: status }));
    await expect(kioskWith(fetch).invoke('kiosk.status', {})).resolves.toEqual(status);
    expect(calls[0]?.url).toBe('/api/invoke/kiosk.status');
    expect(calls[0]?.init.method).toBe('POST');
    expect(new Headers(calls[0]?.init.headers).get('x-tongban-token')).toBe('t0k/en');
  });

  it('sends the schema-normalised payload (spaces taken out of a typed case number)', async () => {
    const { fetch, calls } = fakeFetch(() => json({ ok: false, error: { code: 'CASE_NOT_FOUND', message: '未找到', en: { message: 'Not found' } } }, 404));
    await rejection(kioskWith(fetch).invoke('case.query', { caseNumber: 'wh0001 2026 1123 00017 i' }));
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ caseNumber: 'WH00012026112300017I' });
  });

  it('refuses a bad payload before sending, with the schema’s Chinese message', async () => {
    const { fetch, calls } = fakeFetch(() => json({ ok: true, value: {} }));
    const error = await rejection(kioskWith(fetch).invoke('case.query', { caseNumber: '12345' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe('办件编号格式不正确');
    expect(calls).toHaveLength(0);
  });

  it('turns an error envelope (on a 4xx) into the KioskError it carries, in both languages', async () => {
    const sent = { code: 'CARD_TIMEOUT', message: '没有读到身份证', hint: '请把身份证平放在感应区', en: { message: 'No ID card was read', hint: 'Lay the card flat' } };
    const { fetch } = fakeFetch(() => json({ ok: false, error: sent }, 408));
    const error = await rejection(kioskWith(fetch).invoke('identity.read', { timeoutMs: 30_000 }));
    expect(error.toJSON()).toEqual(sent);
  });

  it('takes an error without its English for a broken reply', async () => {
    const { fetch } = fakeFetch(() => json({ ok: false, error: { code: 'CARD_TIMEOUT', message: '没有读到身份证' } }, 408));
    const error = await rejection(kioskWith(fetch).invoke('identity.read', { timeoutMs: 30_000 }));
    expect(error.code).toBe('INTERNAL');
    expect(error.en.message).toMatch(/^[\x20-\x7e]+$/);
  });

  it('turns a reply that breaks the reply schema into INTERNAL, in Chinese', async () => {
    // An identity reply carrying a full, unmasked ID number under the wrong key must not pass.
    const { fetch } = fakeFetch(() => json({ ok: true, value: { name: '张三', idNumber: '420102199001010010' } }));
    const error = await rejection(kioskWith(fetch).invoke('identity.read', { timeoutMs: 30_000 }));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('turns a body that is not an envelope into INTERNAL', async () => {
    const { fetch } = fakeFetch(() => json({ terminalName: 'x' }));
    expect((await rejection(kioskWith(fetch).invoke('kiosk.status', {}))).code).toBe('INTERNAL');
  });

  it('says the service is unavailable when fetch fails or a proxy answers with HTML', async () => {
    const down = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await rejection(kioskWith(down.fetch).invoke('catalog.list', {}))).message).toBe(unavailableMessage);
    const proxy = fakeFetch(() => new Response('<html>502</html>', { status: 502 }));
    expect((await rejection(kioskWith(proxy.fetch).invoke('catalog.list', {}))).message).toBe(unavailableMessage);
  });
});

describe('browser transport: events', () => {
  it('delivers valid events, drops malformed ones, and reconnects after a drop', async () => {
    vi.useFakeTimers();
    const sockets: { url: string; socket: SocketLike }[] = [];
    const open = (url: string) => {
      const socket = fakeSocket();
      sockets.push({ url, socket });
      return socket;
    };
    const kiosk = kioskWith(fakeFetch(() => json({})).fetch, open);
    const seen: unknown[] = [];
    kiosk.on('kiosk.status', (payload) => seen.push(payload));
    expect(sockets[0]?.url).toBe('ws://127.0.0.1:8765/api/events?token=t0k%2Fen');

    const send = (data: string) => sockets.at(-1)?.socket.onmessage?.({ data } as MessageEvent);
    send(JSON.stringify({ event: 'kiosk.status', payload: { ...status, online: false } }));
    send(JSON.stringify({ event: 'kiosk.status', payload: { online: 'no' } }));
    send(JSON.stringify({ event: 'unknown.event', payload: {} }));
    send('not json');
    await validation();
    expect(seen).toEqual([{ ...status, online: false }]);

    sockets[0]?.socket.onclose?.({} as CloseEvent);
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(sockets).toHaveLength(2);
    send(JSON.stringify({ event: 'kiosk.status', payload: status }));
    await validation();
    expect(seen).toHaveLength(2);
  });
});
